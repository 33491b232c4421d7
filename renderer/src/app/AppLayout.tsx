import { AppShell, Burger, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAward } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useSettings } from '../features/settings/store';
import { StartupNotice } from '../features/recovery/StartupNotice';
import { AREA_ICONS, AREA_IDS, hashOf, type AreaId } from './areas';
import { AREA_LABELS, shellTexts as t } from './texts';

/** Header with the app and ward names, navigation to every area, and the current page. */
export function AppLayout({ area, children }: { area: AreaId; children: ReactNode }) {
  const [navOpened, nav] = useDisclosure(false);
  const wardName = useSettings((s) => s.stored?.wardName);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navOpened}
            onClick={nav.toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={navOpened ? t.closeNav : t.openNav}
          />
          <ThemeIcon size={34} radius="sm" color="red.9" aria-hidden>
            <IconAward size={22} />
          </ThemeIcon>
          <Text fw={700} size="lg" c="brand.9" style={{ whiteSpace: 'nowrap' }}>
            {t.appName}
          </Text>
          {wardName ? (
            <Text c="dimmed" size="lg" truncate data-testid="header-ward-name">
              · {wardName}
            </Text>
          ) : null}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t.navLabel}>
        <ScrollArea>
          {AREA_IDS.map((id) => {
            const Icon = AREA_ICONS[id];
            const active = id === area;
            return (
              <NavLink
                key={id}
                href={hashOf(id)}
                label={AREA_LABELS[id]}
                leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                onClick={nav.close}
                fw={active ? 600 : undefined}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <StartupNotice />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
