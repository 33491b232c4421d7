import { ActionIcon, Anchor, Button, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileOff, IconInbox, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { daysBetween } from '../../../../shared/rules/deadlines';
import { formatDate } from '../../../../shared/rules/dates';
import type { UnitReportRow } from '../../../../shared/schemas/reports';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { PageControls, usePageOfRows } from '../../components/pageOfRows';
import { UnitReportStatusBadge } from './StatusBadge';
import { useUnitReports } from './store';
import { unitReportsTexts as t } from './texts';

type Confirm = { kind: 'removeFile' | 'remove'; row: UnitReportRow };

interface Props {
  rows: UnitReportRow[];
  year: number;
  deadline: string;
  /** Opens the record dialog for the row (Ghi nhận, or Sửa once received). */
  onRecord(row: UnitReportRow): void;
  /** Ticked units, to record together; only rows without a report have a tick box. */
  selected: number[];
  onSelect(unitIds: number[]): void;
}

/** The units of the year with their report: when it came, on time or late, its file and actions. */
export function UnitReportsTable({ rows, year, deadline, onRecord, selected, onSelect }: Props) {
  const busy = useUnitReports((s) => s.busy);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const paged = usePageOfRows(rows);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  // The header box ticks the rows in view: this page of the filtered, searched list, not yet received.
  const tickable = paged.shown.filter((r) => r.report === null).map((r) => r.unitId);
  const allTicked = tickable.length > 0 && tickable.every((id) => selectedSet.has(id));
  const someTicked = tickable.some((id) => selectedSet.has(id));
  const tickAll = (on: boolean) => {
    const inView = new Set(tickable);
    onSelect(on ? [...new Set([...selected, ...tickable])] : selected.filter((id) => !inView.has(id)));
  };
  const tick = (unitId: number, on: boolean) =>
    onSelect(on ? [...selected, unitId] : selected.filter((id) => id !== unitId));

  const open = async (row: UnitReportRow) => {
    const result = await useUnitReports.getState().openFile(row.unitId);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    if (result.value.opened) notifyDone(t.fileOpened(result.value.fileName, result.value.location));
    else notifyFailed(t.actionFailedTitle, t.fileNotOpened(result.value.location));
  };

  const confirmed = async ({ kind, row }: Confirm) => {
    const { remove, removeFile } = useUnitReports.getState();
    const result = kind === 'remove' ? await remove(row.unitId) : await removeFile(row.unitId);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    notifyDone(
      kind === 'remove' ? t.removed(row.unitName) : t.fileRemoved(row.report?.attachment?.fileName ?? ''),
    );
    setConfirm(null);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={980}>
        <Table aria-label={t.listLabel} verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t.selectAllShown}
                  checked={allTicked}
                  indeterminate={someTicked && !allTicked}
                  disabled={tickable.length === 0}
                  onChange={(e) => tickAll(e.currentTarget.checked)}
                />
              </Table.Th>
              <Table.Th>{t.colUnit}</Table.Th>
              <Table.Th>{t.colClusters}</Table.Th>
              <Table.Th>{t.colContact}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t.colPhone}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t.colReceived}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th>{t.colFile}</Table.Th>
              <Table.Th ta="right">{t.colActions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((row) => {
              const report = row.report;
              const lateBy = report && !report.onTime ? daysBetween(deadline, report.receivedOn) : 0;
              return (
                <Table.Tr key={row.unitId} data-unit={row.unitId}>
                  <Table.Td>
                    {report ? null : (
                      <Checkbox
                        aria-label={t.selectUnit(row.unitName)}
                        checked={selectedSet.has(row.unitId)}
                        onChange={(e) => tick(row.unitId, e.currentTarget.checked)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {row.unitName}
                    </Text>
                    {row.expected ? null : (
                      <Text size="xs" c="dimmed" fs="italic">
                        {t.notExpected}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.clusters ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.contactPerson ?? ''}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{row.phone ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{report ? formatDate(report.receivedOn) : ''}</Text>
                    {report?.note ? (
                      <Text size="xs" c="dimmed" lineClamp={2} title={report.note} maw={220}>
                        {report.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <UnitReportStatusBadge status={row.status} />
                      {lateBy > 0 ? (
                        <Text size="xs" c="orange.8">
                          {t.lateBy(lateBy)}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td maw={200}>
                    {report?.attachment ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        style={{ overflowWrap: 'anywhere' }}
                        aria-label={t.openFileOf(report.attachment.fileName)}
                        onClick={() => void open(row)}
                      >
                        {report.attachment.fileName}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t.noFile}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <RowActions row={row} onRecord={onRecord} onConfirm={setConfirm} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls paged={paged} label={t.listLabel} />
      <ConfirmDialog
        opened={confirm?.kind === 'removeFile'}
        title={t.removeFileTitle}
        text={
          confirm
            ? t.removeFileText(confirm.row.report?.attachment?.fileName ?? '', confirm.row.unitName)
            : ''
        }
        confirmLabel={t.removeFile}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconFileOff size={16} aria-hidden />}
        onConfirm={() => confirm && void confirmed(confirm)}
        onCancel={() => setConfirm(null)}
      />
      <ConfirmDialog
        opened={confirm?.kind === 'remove'}
        title={t.removeTitle}
        text={confirm ? t.removeText(confirm.row.unitName, year) : ''}
        confirmLabel={t.remove}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => confirm && void confirmed(confirm)}
        onCancel={() => setConfirm(null)}
      />
    </>
  );
}

function RowActions({
  row,
  onRecord,
  onConfirm,
}: {
  row: UnitReportRow;
  onRecord(row: UnitReportRow): void;
  onConfirm(c: Confirm): void;
}) {
  const name = row.unitName;
  if (!row.report)
    return (
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconInbox size={14} aria-hidden />}
          aria-label={t.recordOf(name)}
          onClick={() => onRecord(row)}
        >
          {t.record}
        </Button>
      </Group>
    );
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={t.edit}>
        <ActionIcon variant="subtle" aria-label={t.editOf(name)} onClick={() => onRecord(row)}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {row.report.attachment ? (
        <Tooltip label={t.removeFile}>
          <ActionIcon
            variant="subtle"
            color="orange"
            aria-label={t.removeFileOf(name)}
            onClick={() => onConfirm({ kind: 'removeFile', row })}
          >
            <IconFileOff size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
      <Tooltip label={t.remove}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t.removeOf(name)}
          onClick={() => onConfirm({ kind: 'remove', row })}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
