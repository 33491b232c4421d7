import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconGavel, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Proposal, ProposalCandidate } from '../../../../shared/schemas/proposals';
import { notifyDone, notifyFailed } from '../../components/notify';
import { CandidateEditForm } from './CandidateEditForm';
import { CandidatePicker } from './CandidatePicker';
import { CandidatesTable } from './CandidatesTable';
import { ReviewTable } from './ReviewTable';
import { ToDecisionDialog } from './ToDecisionDialog';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

type Dialog = { kind: 'add' } | { kind: 'edit'; candidate: ProposalCandidate } | { kind: 'decide' } | null;

/** The candidates of the proposal: add, edit, review, and the step to a decision. */
export function CandidatesSection({
  proposal,
  candidates,
}: {
  proposal: Proposal;
  candidates: ProposalCandidate[];
}) {
  const [reviewing, setReviewing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const removeCandidates = useProposals((s) => s.removeCandidates);
  const close = () => setDialog(null);
  const approvedOpen = candidates.filter((c) => c.outcome === 'approved' && c.decisionId === null).length;
  const reviewable = proposal.status !== 'returned' && candidates.some((c) => c.decisionId === null);

  const remove = async (c: ProposalCandidate) => {
    const result = await removeCandidates(proposal.id, [c.id]);
    if (result.ok) notifyDone(t.removed(c.name));
    else notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-label={t.candidatesTitle}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={3} size="h4">
            {reviewing ? t.reviewTitle : t.candidatesTitle}
          </Title>
          {reviewing ? null : (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'add' })}
              >
                {t.addCandidates}
              </Button>
              {reviewable ? (
                <Button
                  variant="default"
                  leftSection={<IconGavel size={16} aria-hidden />}
                  onClick={() => setReviewing(true)}
                >
                  {t.review}
                </Button>
              ) : null}
              {approvedOpen > 0 ? (
                <Button
                  leftSection={<IconFileText size={16} aria-hidden />}
                  onClick={() => setDialog({ kind: 'decide' })}
                >
                  {t.toDecision}
                </Button>
              ) : null}
            </Group>
          )}
        </Group>
        {candidates.length === 0 ? (
          <Text c="dimmed">{t.candidatesEmpty}</Text>
        ) : reviewing ? (
          <ReviewTable proposal={proposal} candidates={candidates} onDone={() => setReviewing(false)} />
        ) : (
          <CandidatesTable
            candidates={candidates}
            onEdit={(candidate) => setDialog({ kind: 'edit', candidate })}
            onRemove={(c) => void remove(c)}
          />
        )}
      </Stack>
      <Modal opened={dialog?.kind === 'add'} onClose={close} title={t.pickerTitle} size="lg">
        {dialog?.kind === 'add' ? <CandidatePicker proposalId={proposal.id} onDone={close} /> : null}
      </Modal>
      <Modal
        opened={dialog?.kind === 'edit'}
        onClose={close}
        title={dialog?.kind === 'edit' ? t.candidateEditTitle(dialog.candidate.name) : ''}
      >
        {dialog?.kind === 'edit' ? <CandidateEditForm candidate={dialog.candidate} onDone={close} /> : null}
      </Modal>
      <Modal opened={dialog?.kind === 'decide'} onClose={close} title={t.toDecisionTitle}>
        {dialog?.kind === 'decide' ? (
          <ToDecisionDialog proposalId={proposal.id} count={approvedOpen} onDone={close} />
        ) : null}
      </Modal>
    </Paper>
  );
}
