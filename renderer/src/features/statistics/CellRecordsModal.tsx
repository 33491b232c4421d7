import { Alert, Anchor, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import type { StatRecord } from '../../../../shared/domain/statistics';
import { formatDate, isValidIsoDate } from '../../../../shared/rules/dates';
import { formatMoney, formatNumberVi } from '../../../../shared/rules/money';
import { AREA_IDS, hashOf, type AreaId } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { useStatistics } from './store';
import { statisticsTexts as t } from './texts';

/** dd/mm/yyyy of a stored day (or of a timestamp's day); anything else as it came. */
const dayText = (date: string) => (isValidIsoDate(date.slice(0, 10)) ? formatDate(date.slice(0, 10)) : date);

const isArea = (area: string): area is AreaId => (AREA_IDS as readonly string[]).includes(area);

/** The records behind the open cell: what it counts, how many, each opening its page. */
export function CellRecordsModal() {
  const drill = useStatistics((s) => s.drill);
  const close = useStatistics((s) => s.closeCell);
  const result = drill?.result ?? null;

  return (
    <Modal
      opened={drill !== null}
      onClose={close}
      title={result?.title ?? t.recordsList}
      size="xl"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {drill?.status === 'error' ? (
        <Alert color="red" title={t.recordsFailed}>
          {drill.error}
        </Alert>
      ) : result ? (
        <Stack gap="sm">
          <Group gap="lg" align="baseline">
            <Text>
              {t.recordsValue}:{' '}
              <b data-testid="records-value">
                {drill?.cell.kind === 'money' ? formatMoney(result.value) : formatNumberVi(result.value)}
              </b>
            </Text>
            <Text c="dimmed" data-testid="records-count">
              {t.recordsCount(result.count)}
              {result.truncated ? ` (${t.recordsTruncated(result.records.length)})` : ''}
            </Text>
          </Group>
          {result.records.length === 0 ? (
            <Text c="dimmed">{t.recordsEmpty}</Text>
          ) : (
            <ScrollArea.Autosize mah="60vh" type="auto">
              <Stack
                component="ol"
                gap={0}
                aria-label={t.recordsList}
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {result.records.map((r) => (
                  <RecordItem key={`${r.kind}-${r.id}-${r.date ?? ''}`} record={r} onOpen={close} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Stack>
      ) : (
        <Loading label={t.recordsLoading} />
      )}
    </Modal>
  );
}

/** One record: its name as a link to its page, the detail under it, the date and the money on the right. */
function RecordItem({ record: r, onOpen }: { record: StatRecord; onOpen(): void }) {
  const area = isArea(r.target.area) ? r.target.area : null;
  const follow = (e: MouseEvent) => {
    if (!area) return;
    e.preventDefault();
    onOpen();
    useNavigation.getState().go(area, ...r.target.path);
  };
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="md"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        {area ? (
          <Anchor href={hashOf(area, ...r.target.path)} onClick={follow} fw={500}>
            {r.name}
          </Anchor>
        ) : (
          <Text fw={500}>{r.name}</Text>
        )}
        {r.detail ? (
          <Text size="sm" c="dimmed">
            {r.detail}
          </Text>
        ) : null}
      </Stack>
      <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
        {r.date ? <Text size="sm">{dayText(r.date)}</Text> : null}
        {r.amount !== null && r.amount > 0 ? <Text size="sm">{formatMoney(r.amount)}</Text> : null}
      </Stack>
    </Group>
  );
}
