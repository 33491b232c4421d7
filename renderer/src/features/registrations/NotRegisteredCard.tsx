import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { BulkForm, type By } from './BulkForm';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/** A long list would push the registrations off the screen: the first ones, then a count. */
const SHOWN = 10;

/** Which units expected to register have not, with one step to register them all. */
export function NotRegisteredCard() {
  const missing = useRegistrations((s) => s.missing);
  const scope = useRegistrations((s) => s.scope);
  const [bulk, setBulk] = useState<By | null>(null);
  if (missing === null) return null;
  const { expected, units } = missing;
  const writable = !scope.readOnly;

  let body;
  if (expected === 0)
    body = <Text c="dimmed">{scope.movementId === null ? t.noUnits : t.noParticipants}</Text>;
  else if (units.length === 0) body = <Text c="dimmed">{t.allRegistered(expected)}</Text>;
  else
    body = (
      <Stack gap="xs">
        <SimpleGrid
          component="ul"
          aria-label={t.notRegisteredLabel}
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="xs"
          verticalSpacing={6}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {units.slice(0, SHOWN).map((u) => (
            <Group component="li" key={u.unitId} gap={6} wrap="wrap">
              <Text size="sm">{u.name}</Text>
              {u.clusters.map((c) => (
                <Badge key={c} size="sm" variant="outline" color="gray" tt="none" fw={400}>
                  {c}
                </Badge>
              ))}
            </Group>
          ))}
        </SimpleGrid>
        {units.length > SHOWN ? (
          <Text size="sm" c="dimmed">
            {t.showMore(units.length - SHOWN)}
          </Text>
        ) : null}
      </Stack>
    );

  return (
    <Paper withBorder p="md" component="section" aria-label={t.notRegisteredTitle}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h5">
            {t.notRegisteredTitle}
          </Title>
          {units.length > 0 ? (
            <Text size="sm" c="orange.8" fw={500}>
              {t.notRegisteredCount(units.length, expected)}
            </Text>
          ) : null}
        </Stack>
        {writable ? (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setBulk('cluster')}>
              {t.registerMany}
            </Button>
            {units.length > 0 ? (
              <Button
                size="xs"
                leftSection={<IconUsersGroup size={14} aria-hidden />}
                onClick={() => setBulk('missing')}
              >
                {t.registerAll}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {body}
      <Modal opened={bulk !== null} onClose={() => setBulk(null)} title={t.bulkTitle} size="lg">
        {bulk !== null ? <BulkForm initial={bulk} onDone={() => setBulk(null)} /> : null}
      </Modal>
    </Paper>
  );
}
