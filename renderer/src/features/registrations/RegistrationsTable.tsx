import { Modal, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import type { Registration } from '../../../../shared/schemas/registrations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageControls, usePageOfRows } from '../../components/pageOfRows';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RegistrationForm } from './RegistrationForm';
import { ResultForm, ReturnForm } from './ReviewForms';
import { RowActions, type RowDialog } from './RowActions';
import { RegistrationStatusBadge, ResultBadge } from './StatusBadge';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/** A stored timestamp as the day the office reads (local time), dd/mm/yyyy. */
const dayOf = (stamp: string) => formatDate(todayIso(new Date(stamp)));

function StatusCell({ r }: { r: Registration }) {
  return (
    <Stack gap={2} align="flex-start">
      <RegistrationStatusBadge status={r.status} />
      {r.status === 'returned' && r.returnReason ? (
        <Text size="xs" c="orange.8">
          {t.returnReasonLine(r.returnReason)}
        </Text>
      ) : null}
      {r.sentAt && r.status === 'sent' ? (
        <Text size="xs" c="dimmed">
          {t.sentOn(dayOf(r.sentAt))}
        </Text>
      ) : null}
      {r.reviewedAt && r.status !== 'sent' ? (
        <Text size="xs" c="dimmed">
          {t.reviewedOn(dayOf(r.reviewedAt))}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The registrations of the scope with their status and the actions each allows. */
export function RegistrationsTable({ rows }: { rows: Registration[] }) {
  const readOnly = useRegistrations((s) => s.scope.readOnly);
  const busy = useRegistrations((s) => s.busy);
  const remove = useRegistrations((s) => s.remove);
  const [open, setOpen] = useState<{ dialog: RowDialog; r: Registration } | null>(null);
  const close = () => setOpen(null);
  const paged = usePageOfRows(rows);

  const doDelete = async (r: Registration) => {
    const result = await remove(r.id);
    if (result.ok) {
      notifyDone(t.deleted);
      close();
    } else notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t.listLabel} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colRegistrant}</Table.Th>
              <Table.Th>{t.colTitles}</Table.Th>
              <Table.Th>{t.colCommitments}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t.colResult}</Table.Th>
              {readOnly ? null : <Table.Th ta="right">{t.colActions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text fw={500}>{r.registrantName}</Text>
                  <Text size="xs" c="dimmed">
                    {[RECIPIENT_KIND_LABELS[r.registrantKind], r.registrantDetail]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{r.titles.map((x) => x.name).join(', ')}</Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm" lineClamp={2} title={r.commitments ?? undefined}>
                    {r.commitments ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusCell r={r} />
                </Table.Td>
                <Table.Td>
                  {r.result ? (
                    <Stack gap={2} align="flex-start">
                      <ResultBadge result={r.result} />
                      {r.resultNote ? (
                        <Text size="xs" c="dimmed">
                          {r.resultNote}
                        </Text>
                      ) : null}
                    </Stack>
                  ) : (
                    <Text c="dimmed">{t.noResult}</Text>
                  )}
                </Table.Td>
                {readOnly ? null : (
                  <Table.Td>
                    <RowActions r={r} onDialog={(dialog) => setOpen({ dialog, r })} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls paged={paged} label={t.listLabel} />
      <Modal
        opened={open?.dialog === 'edit'}
        onClose={close}
        title={open ? t.formEditTitle(open.r.registrantName) : ''}
        size="lg"
      >
        {open?.dialog === 'edit' ? <RegistrationForm registration={open.r} onDone={close} /> : null}
      </Modal>
      <Modal
        opened={open?.dialog === 'return'}
        onClose={close}
        title={open ? t.returnTitle(open.r.registrantName) : ''}
      >
        {open?.dialog === 'return' ? <ReturnForm registration={open.r} onDone={close} /> : null}
      </Modal>
      <Modal
        opened={open?.dialog === 'result'}
        onClose={close}
        title={open ? t.resultTitle(open.r.registrantName) : ''}
      >
        {open?.dialog === 'result' ? <ResultForm registration={open.r} onDone={close} /> : null}
      </Modal>
      <ConfirmDialog
        opened={open?.dialog === 'delete'}
        title={open ? t.deleteTitle(open.r.registrantName) : ''}
        text={t.deleteText}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => open && void doDelete(open.r)}
        onCancel={close}
      />
    </>
  );
}
