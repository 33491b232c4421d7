import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Proposal } from '../../../../shared/schemas/proposals';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { ProposalForm } from './ProposalForm';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

type Dialog = 'edit' | 'return' | 'delete' | null;

/** Sửa, trình, trả lại, xóa: what the office does with the proposal itself. */
export function ProposalActions({ proposal }: { proposal: Proposal }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const busy = useProposals((s) => s.busy);
  const submit = useProposals((s) => s.submit);
  const remove = useProposals((s) => s.remove);
  const go = useNavigation((s) => s.go);
  const close = () => setDialog(null);
  const canSubmit = proposal.status === 'draft' || proposal.status === 'returned';
  const undecided = proposal.decidedCount === 0;

  const doSubmit = async () => {
    const result = await submit(proposal.id);
    if (result.ok) notifyDone(t.submitted);
    else notifyFailed(t.actionFailedTitle, result.message);
  };
  const doDelete = async () => {
    const result = await remove(proposal.id);
    if (result.ok) {
      notifyDone(t.deleted);
      close();
      go('awards', 'de-nghi');
    } else notifyFailed(t.deleteFailedTitle, result.message);
  };

  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconPencil size={16} aria-hidden />}
        onClick={() => setDialog('edit')}
      >
        {t.edit}
      </Button>
      {canSubmit ? (
        <Button
          variant="default"
          leftSection={<IconSend size={16} aria-hidden />}
          loading={busy}
          onClick={() => void doSubmit()}
        >
          {t.submit}
        </Button>
      ) : null}
      {undecided && proposal.status !== 'returned' ? (
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => setDialog('return')}
        >
          {t.returnAction}
        </Button>
      ) : null}
      {undecided ? (
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setDialog('delete')}
        >
          {t.delete}
        </Button>
      ) : null}
      <Modal opened={dialog === 'edit'} onClose={close} title={t.formEditTitle} size="lg">
        {dialog === 'edit' ? <ProposalForm proposal={proposal} onDone={close} /> : null}
      </Modal>
      <Modal opened={dialog === 'return'} onClose={close} title={t.returnTitle}>
        {dialog === 'return' ? <ReturnForm proposal={proposal} onDone={close} /> : null}
      </Modal>
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t.deleteTitle(proposal.title)}
        text={t.deleteText}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => void doDelete()}
        onCancel={close}
      />
    </Group>
  );
}

function ReturnForm({ proposal, onDone }: { proposal: Proposal; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = useProposals((s) => s.busy);
  const returnProposal = useProposals((s) => s.returnProposal);
  const confirm = async () => {
    const result = await returnProposal(proposal.id, reason);
    if (result.ok) {
      notifyDone(t.returned);
      onDone();
    } else {
      setError(result.fields.reason ?? null);
      notifyFailed(t.actionFailedTitle, result.message);
    }
  };
  return (
    <Stack gap="md">
      <Textarea
        label={t.returnReason}
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
        <Button loading={busy} onClick={() => void confirm()}>
          {t.returnAction}
        </Button>
      </Group>
    </Stack>
  );
}
