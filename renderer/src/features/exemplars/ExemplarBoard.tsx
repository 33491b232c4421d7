import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { EXEMPLAR_STAGES, EXEMPLAR_STAGE_LABELS } from '../../../../shared/domain/exemplars';
import type { ExemplarSummary } from '../../../../shared/schemas/exemplars';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { BoardFilters } from './BoardFilters';
import { ExemplarCard } from './ExemplarCard';
import { ExemplarFormModal } from './ExemplarFormModal';
import { useExemplars } from './store';
import { exemplarsTexts as t } from './texts';

const noFilters = (f: ReturnType<typeof useExemplars.getState>['filters']) =>
  f.search === '' && f.field === null && f.movementId === null && f.subjectKind === null;

/** The board: one column per stage (phát hiện → bồi dưỡng → tổng kết → nhân rộng) with its count. */
export function ExemplarBoard({ title }: { title: string }) {
  const status = useExemplars((s) => s.status);
  const error = useExemplars((s) => s.error);
  const rows = useExemplars((s) => s.rows);
  const filters = useExemplars((s) => s.filters);
  const load = useExemplars((s) => s.load);
  const loadMovements = useExemplars((s) => s.loadMovements);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load();
    void loadMovements();
  }, [load, loadMovements]);

  const columns = useMemo(() => {
    const by = new Map(EXEMPLAR_STAGES.map((s) => [s, [] as ExemplarSummary[]]));
    for (const r of rows) by.get(r.stage)!.push(r);
    return by;
  }, [rows]);

  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
      {t.add}
    </Button>
  );

  let body;
  if (status === 'error') {
    body = (
      <LoadError
        title={t.loadFailed}
        message={error ?? ''}
        retryLabel={t.retry}
        onRetry={() => void load()}
      />
    );
  } else if (status !== 'ready') {
    body = <Loading label={t.loading} />;
  } else {
    body = (
      <Stack gap="sm">
        {rows.length === 0 ? <Text c="dimmed">{noFilters(filters) ? t.empty : t.emptyFiltered}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" aria-label={t.boardLabel}>
          {EXEMPLAR_STAGES.map((stage) => {
            const models = columns.get(stage)!;
            const headingId = `exemplar-column-${stage}`;
            return (
              <Paper
                key={stage}
                component="section"
                aria-labelledby={headingId}
                bg="gray.0"
                p="sm"
                radius="md"
              >
                <Group justify="space-between" mb="sm" wrap="nowrap">
                  <Title order={2} size="h5" id={headingId}>
                    {EXEMPLAR_STAGE_LABELS[stage]}
                  </Title>
                  <Badge variant="light" aria-label={t.columnCount(models.length)}>
                    {models.length}
                  </Badge>
                </Group>
                <Stack gap="sm">
                  {models.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t.emptyColumn}
                    </Text>
                  ) : (
                    models.map((m) => <ExemplarCard key={m.id} model={m} />)
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      </Stack>
    );
  }

  return (
    <Page title={title} lead={t.lead} actions={addButton}>
      <BoardFilters />
      {body}
      {/* After adding, the board stays: the new card shows under “Phát hiện”. */}
      <ExemplarFormModal opened={adding} model={null} onClose={() => setAdding(false)} />
    </Page>
  );
}
