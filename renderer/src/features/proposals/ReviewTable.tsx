import { Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { todayIso } from '../../../../shared/rules/dates';
import {
  REVIEW_OUTCOMES,
  REVIEW_OUTCOME_LABELS,
  type Proposal,
  type ProposalCandidate,
  type ReviewOutcome,
} from '../../../../shared/schemas/proposals';
import { DateField } from '../../components/DateField';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

interface Row {
  outcome: ReviewOutcome | null;
  note: string;
}

const NONE = 'none';
const COLORS: Record<ReviewOutcome, string> = { approved: 'green', rejected: 'red', proposed_upward: 'blue' };
const OPTIONS = [
  { value: NONE, label: t.noOutcome },
  ...REVIEW_OUTCOMES.map((o) => ({ value: o, label: REVIEW_OUTCOME_LABELS[o] })),
];
/** Keys 1-3 pick an outcome on the focused row (outside its note box); 0 clears it. */
const KEYS: Record<string, ReviewOutcome | null> = {
  '0': null,
  '1': 'approved',
  '2': 'rejected',
  '3': 'proposed_upward',
};

/** Review mode: an outcome and a note for every candidate not yet in a decision, saved together. */
export function ReviewTable({
  proposal,
  candidates,
  onDone,
}: {
  proposal: Proposal;
  candidates: ProposalCandidate[];
  onDone(): void;
}) {
  const open = candidates.filter((c) => c.decisionId === null);
  const [rows, setRows] = useState<Record<number, Row>>(() =>
    Object.fromEntries(open.map((c) => [c.id, { outcome: c.outcome, note: c.reviewNote ?? '' }])),
  );
  const [reviewedOn, setReviewedOn] = useState<string | null>(proposal.reviewedOn ?? todayIso(new Date()));
  const busy = useProposals((s) => s.busy);
  const review = useProposals((s) => s.review);
  const set = (id: number, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...r[id]!, ...patch } }));

  const onKey = (id: number) => (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    if (!(e.key in KEYS) || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    set(id, { outcome: KEYS[e.key]! });
  };
  const approveAll = () =>
    setRows((r) =>
      Object.fromEntries(
        Object.entries(r).map(([id, row]) => [id, row.outcome ? row : { ...row, outcome: 'approved' }]),
      ),
    );
  const save = async () => {
    const reviews = open.map((c) => ({
      candidateId: c.id,
      outcome: rows[c.id]!.outcome,
      note: rows[c.id]!.note,
    }));
    const result = await review({ proposalId: proposal.id, reviews, reviewedOn });
    if (result.ok) {
      notifyDone(t.reviewSaved);
      onDone();
    } else notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t.reviewHint}
      </Text>
      <Table.ScrollContainer minWidth={980}>
        <Table aria-label={t.reviewTitle} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colName}</Table.Th>
              <Table.Th>{t.colAward}</Table.Th>
              <Table.Th>{t.colOutcome}</Table.Th>
              <Table.Th>{t.colNote}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map((c) => (
              <Table.Tr key={c.id} onKeyDown={onKey(c.id)}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {c.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {RECIPIENT_KIND_LABELS[c.kind]}
                    {c.detail ? ` · ${c.detail}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.catalogueName}</Text>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t.reviewOutcomeOf(c.name)}
                    data={OPTIONS}
                    color={rows[c.id]!.outcome ? COLORS[rows[c.id]!.outcome!] : undefined}
                    value={rows[c.id]!.outcome ?? NONE}
                    onChange={(v) => set(c.id, { outcome: v === NONE ? null : (v as ReviewOutcome) })}
                  />
                </Table.Td>
                <Table.Td miw={220}>
                  <TextInput
                    size="xs"
                    aria-label={t.reviewNoteOf(c.name)}
                    value={rows[c.id]!.note}
                    onChange={(e) => set(c.id, { note: e.currentTarget.value })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <DateField label={t.reviewedOn} value={reviewedOn} onChange={setReviewedOn} w={180} />
          <Button variant="default" leftSection={<IconChecks size={16} aria-hidden />} onClick={approveAll}>
            {t.approveAll}
          </Button>
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={onDone} disabled={busy}>
            {t.cancel}
          </Button>
          <Button
            loading={busy}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={() => void save()}
          >
            {t.saveReview}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
