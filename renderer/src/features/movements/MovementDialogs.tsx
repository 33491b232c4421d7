import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArchive, IconLockOpen, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Movement } from '../../../../shared/schemas/movements';
import { useNavigation } from '../../app/navigation';
import { DialogButtons } from '../../components/DialogButtons';
import { notifyDone } from '../../components/notify';
import { ReasonForm } from '../../components/ReasonDialog';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

/** Reopening a closed movement: the reason goes into the history. */
export function ReopenForm({ movement, onDone }: { movement: Movement; onDone(): void }) {
  const busy = useMovements((s) => s.busy);
  const setStatus = useMovements((s) => s.setStatus);
  const confirm = async (reason: string) => {
    const result = await setStatus(movement.id, 'in_progress', reason);
    if (!result.ok) return result.fields.reason ?? result.message;
    notifyDone(t.reopened);
    onDone();
    return null;
  };
  return (
    <ReasonForm
      label={t.reopenReason}
      description={t.reopenHint}
      cancelLabel={t.cancel}
      confirmLabel={t.reopen}
      confirmIcon={<IconLockOpen size={16} aria-hidden />}
      busy={busy}
      onConfirm={confirm}
      onCancel={onDone}
    />
  );
}

/**
 * Asks before moving the movement to the trash. When the main process refuses (registrations,
 * models or decisions refer to it), its message is shown and archiving is offered instead.
 */
export function DeleteMovementDialog({
  movement,
  opened,
  onClose,
  onArchive,
}: {
  movement: Movement;
  opened: boolean;
  onClose(): void;
  onArchive(): void;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const busy = useMovements((s) => s.busy);
  const remove = useMovements((s) => s.remove);
  const go = useNavigation((s) => s.go);
  const dismiss = () => {
    setRefusal(null);
    onClose();
  };
  const confirm = async () => {
    const result = await remove(movement.id);
    if (result.ok) {
      notifyDone(t.deleted);
      dismiss();
      go('movements');
    } else setRefusal(result.message);
  };
  const canArchive = movement.archivedAt === null;

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={refusal ? t.deleteRefusedTitle : t.deleteTitle(movement.name)}
      withCloseButton={false}
    >
      {refusal ? (
        <Stack gap="lg">
          <Alert color="orange" variant="light" role="alert">
            {refusal}
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dismiss} data-autofocus>
              {t.close}
            </Button>
            {canArchive ? (
              <Button
                leftSection={<IconArchive size={16} aria-hidden />}
                loading={busy}
                onClick={() => {
                  onArchive();
                  setRefusal(null);
                }}
              >
                {t.archiveInstead}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : (
        <Stack gap="lg">
          <Text>{t.deleteText}</Text>
          <DialogButtons
            cancelLabel={t.cancel}
            confirmLabel={t.delete}
            confirmColor="red"
            confirmIcon={<IconTrash size={16} aria-hidden />}
            busy={busy}
            focusCancel
            onCancel={dismiss}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
