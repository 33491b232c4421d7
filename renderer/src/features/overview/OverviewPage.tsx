import { useEffect, type ReactNode } from 'react';
import { Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AppInfo } from '../../../../shared/api/app';
import { formatNumberVi } from '../../../../shared/rules/money';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { LoadError } from '../../components/LoadError';
import { DashboardCards } from './DashboardCards';
import { DashboardCharts } from './DashboardCharts';
import { EmptyDatabaseCard } from './EmptyDatabaseCard';
import { useOverview } from './store';
import { overviewTexts as t } from './texts';

const COUNT_KEYS = ['units', 'people', 'households', 'movements', 'decisions'] as const;

/**
 * Tổng quan, the home screen: what needs attention now (movements, registrations, models,
 * deadlines, this year's awards), or the offer of a sample ward while the database is empty; then
 * how much is stored, where it lives and which version reads it.
 */
export function OverviewPage({ title }: { title: string }) {
  const status = useOverview((s) => s.status);
  const info = useOverview((s) => s.info);
  const dashboard = useOverview((s) => s.dashboard);
  const empty = useOverview((s) => s.empty);
  const error = useOverview((s) => s.error);
  const load = useOverview((s) => s.load);

  // Read again on every visit: the counts change as other screens write.
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Page title={title} lead={info?.wardName}>
      {status === 'error' && error ? (
        <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
      ) : info && dashboard ? (
        <Stack gap="xl">
          {empty ? (
            <EmptyDatabaseCard />
          ) : (
            <Section title={t.nowTitle}>
              <DashboardCards dashboard={dashboard} />
              <DashboardCharts year={dashboard.year} />
            </Section>
          )}
          <OverviewDetails info={info} />
        </Stack>
      ) : (
        <Loading label={t.loading} />
      )}
    </Page>
  );
}

function OverviewDetails({ info }: { info: AppInfo }) {
  return (
    <Stack gap="lg">
      <Section title={t.countsTitle}>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" m={0}>
          {COUNT_KEYS.map((key) => (
            <Paper key={key} withBorder p="md" data-testid={`count-${key}`}>
              <Text component="dt" c="dimmed" size="sm">
                {t.counts[key]}
              </Text>
              <Text component="dd" m={0} fz={28} fw={600} lh={1.3}>
                {formatNumberVi(info.counts[key])}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t.countsHint}
        </Text>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Section title={t.storageTitle}>
            <Box component="dl" m={0}>
              <Field label={t.dataDir} value={info.dataDir} mono />
              <Field label={t.databaseFile} value={info.databaseFile} mono />
            </Box>
            <Text size="sm" c="dimmed">
              {t.storageHint}
            </Text>
          </Section>
        </Paper>
        <Paper withBorder p="md">
          <Section title={t.versionTitle}>
            <Box component="dl" m={0}>
              <Field label={t.appVersion} value={info.appVersion} />
              <Field label={t.schemaVersion} value={String(info.schemaVersion)} />
            </Box>
          </Section>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Field({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) {
  return (
    <Box mb="xs">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} ff={mono ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Box>
  );
}
