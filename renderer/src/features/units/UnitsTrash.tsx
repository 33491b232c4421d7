import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect } from 'react';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { formatDate, isValidIsoDate } from '../../../../shared/rules/dates';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';

/** The day part of a stored timestamp, as dd/mm/yyyy. */
function dayOf(timestamp: string | null): string {
  const day = timestamp?.slice(0, 10) ?? '';
  return isValidIsoDate(day) ? formatDate(day) : t.none;
}

/** Thùng rác: deleted units, each with "Khôi phục". */
export function UnitsTrash() {
  const trash = useUnits((s) => s.trash);
  const loadTrash = useUnits((s) => s.loadTrash);

  useEffect(() => {
    void loadTrash();
  }, [loadTrash]);

  if (trash.data === null) {
    return trash.status === 'error' && trash.error ? (
      <LoadError
        title={t.loadFailed}
        message={trash.error}
        retryLabel={t.retry}
        onRetry={() => void loadTrash()}
      />
    ) : (
      <Loading label={t.loading} />
    );
  }
  return (
    <Stack gap="md">
      <Text c="dimmed">{t.trashLead}</Text>
      {trash.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t.trashEmpty}</Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label={t.trashLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.colName}</Table.Th>
                <Table.Th>{t.colKind}</Table.Th>
                <Table.Th>{t.colDeletedAt}</Table.Th>
                <Table.Th w={140}>{t.colActions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trash.data.map((unit) => (
                <TrashRow key={unit.id} unit={unit} />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function TrashRow({ unit }: { unit: UnitRow }) {
  const restore = useUnits((s) => s.restore);
  const busy = useUnits((s) => s.busy);

  const run = async () => {
    const result = await restore(unit.id);
    if (result.ok) notifyDone(t.restored(result.value.name));
    else notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <Table.Tr>
      <Table.Td fw={500}>{unit.name}</Table.Td>
      <Table.Td>{UNIT_KIND_LABELS[unit.kind]}</Table.Td>
      <Table.Td>{dayOf(unit.deletedAt)}</Table.Td>
      <Table.Td>
        <Button
          variant="light"
          size="xs"
          disabled={busy}
          leftSection={<IconRestore size={16} aria-hidden />}
          aria-label={t.restoreOf(unit.name)}
          onClick={() => void run()}
        >
          {t.restore}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
