import { Button, Group, Modal } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Proposal } from '../../../../shared/schemas/proposals';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { ReasonDialog } from '../../components/ReasonDialog';
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
  const returnProposal = useProposals((s) => s.returnProposal);
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
  const doReturn = async (reason: string) => {
    const result = await returnProposal(proposal.id, reason);
    if (result.ok) {
      notifyDone(t.returned);
      close();
      return null;
    }
    notifyFailed(t.actionFailedTitle, result.message);
    return result.fields.reason ?? null;
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
      <ReasonDialog
        opened={dialog === 'return'}
        title={t.returnTitle}
        label={t.returnReason}
        cancelLabel={t.cancel}
        confirmLabel={t.returnAction}
        busy={busy}
        onConfirm={doReturn}
        onCancel={close}
      />
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
