import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArchive, IconLockOpen, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Movement } from '../../../../shared/schemas/movements';
import { useNavigation } from '../../app/navigation';
import { notifyDone } from '../../components/notify';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

/** Reopening a closed movement: the reason goes into the history. */
export function ReopenForm({ movement, onDone }: { movement: Movement; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = useMovements((s) => s.busy);
  const setStatus = useMovements((s) => s.setStatus);
  const confirm = async () => {
    const result = await setStatus(movement.id, 'in_progress', reason);
    if (result.ok) {
      notifyDone(t.reopened);
      onDone();
    } else {
      setError(result.fields.reason ?? result.message);
    }
  };
  return (
    <Stack gap="md">
      <Textarea
        label={t.reopenReason}
        description={t.reopenHint}
        withAsterisk
        data-autofocus
        rows={3}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          leftSection={<IconLockOpen size={16} aria-hidden />}
          onClick={() => void confirm()}
        >
          {t.reopen}
        </Button>
      </Group>
    </Stack>
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dismiss} disabled={busy} data-autofocus>
              {t.cancel}
            </Button>
            <Button
              color="red"
              loading={busy}
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => void confirm()}
            >
              {t.delete}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
