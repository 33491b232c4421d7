import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPencil, IconSend, IconTrash, IconTrophy } from '@tabler/icons-react';
import type { Registration } from '../../../../shared/schemas/registrations';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

export type RowDialog = 'edit' | 'return' | 'result' | 'delete';

/**
 * What can be done to a registration now: Gửi (chưa gửi, trả lại), Duyệt and Trả lại (đã gửi),
 * Kết quả (đã duyệt), Sửa (until approved), Xóa (chưa gửi, trả lại). Dialogs open in the table.
 */
export function RowActions({ r, onDialog }: { r: Registration; onDialog(d: RowDialog): void }) {
  const busy = useRegistrations((s) => s.busy);
  const send = useRegistrations((s) => s.send);
  const approve = useRegistrations((s) => s.approve);
  const name = r.registrantName;

  const run = async (action: typeof send, done: string) => {
    const result = await action(r.id);
    if (result.ok) notifyDone(done);
    else notifyFailed(t.actionFailedTitle, result.message);
  };
  const canSend = r.status === 'not_sent' || r.status === 'returned';

  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      {canSend ? (
        <Button
          size="xs"
          variant="light"
          aria-label={t.sendOf(name)}
          leftSection={<IconSend size={14} aria-hidden />}
          disabled={busy}
          onClick={() => void run(send, t.sent)}
        >
          {t.send}
        </Button>
      ) : null}
      {r.status === 'sent' ? (
        <>
          <Button
            size="xs"
            variant="light"
            color="green"
            aria-label={t.approveOf(name)}
            leftSection={<IconCheck size={14} aria-hidden />}
            disabled={busy}
            onClick={() => void run(approve, t.approved)}
          >
            {t.approve}
          </Button>
          <Button
            size="xs"
            variant="light"
            color="orange"
            aria-label={t.returnOf(name)}
            leftSection={<IconArrowBackUp size={14} aria-hidden />}
            onClick={() => onDialog('return')}
          >
            {t.returnAction}
          </Button>
        </>
      ) : null}
      {r.status === 'approved' ? (
        <Button
          size="xs"
          variant="light"
          color="teal"
          aria-label={t.resultOf(name)}
          leftSection={<IconTrophy size={14} aria-hidden />}
          onClick={() => onDialog('result')}
        >
          {t.result}
        </Button>
      ) : null}
      {r.status !== 'approved' ? (
        <Tooltip label={t.edit}>
          <ActionIcon variant="subtle" aria-label={t.editOf(name)} onClick={() => onDialog('edit')}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {canSend ? (
        <Tooltip label={t.delete}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t.deleteOf(name)}
            onClick={() => onDialog('delete')}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}
