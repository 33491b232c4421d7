import { Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { DecisionSummary } from '../../../../shared/schemas/decisions';
import { useNavigation } from '../../app/navigation';
import { call } from '../../lib/api';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

/** Approved candidates into a new draft decision or an existing draft; then opens the decision. */
export function ToDecisionDialog({
  proposalId,
  count,
  onDone,
}: {
  proposalId: number;
  count: number;
  onDone(): void;
}) {
  const busy = useProposals((s) => s.busy);
  const toDecision = useProposals((s) => s.toDecision);
  const go = useNavigation((s) => s.go);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [drafts, setDrafts] = useState<DecisionSummary[]>([]);
  const [decisionId, setDecisionId] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('decisions.list', { status: 'draft' })
      .then((rows) => current && setDrafts(rows))
      .catch(() => current && setDrafts([]));
    return () => {
      current = false;
    };
  }, []);

  const confirm = async () => {
    const target = mode === 'new' ? null : Number(decisionId);
    const result = await toDecision(proposalId, target);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    notifyDone(t.toDecisionDone(result.value.added));
    onDone();
    go('awards', 'quyet-dinh', result.value.decisionId);
  };

  const options = drafts.map((d) => ({
    value: String(d.id),
    label: t.draftLabel(d.subject, d.year, d.collectiveCount + d.individualCount + d.householdCount),
  }));

  return (
    <Stack gap="md">
      <Text>{t.toDecisionLead(count)}</Text>
      <Radio.Group value={mode} onChange={(v) => setMode(v as 'new' | 'existing')}>
        <Stack gap="xs">
          <Radio value="new" label={t.toDecisionNew} />
          <Radio value="existing" label={t.toDecisionExisting} disabled={drafts.length === 0} />
        </Stack>
      </Radio.Group>
      {mode === 'existing' ? (
        <Select
          label={t.toDecisionPick}
          data={options}
          value={decisionId}
          onChange={setDecisionId}
          nothingFoundMessage={t.toDecisionNoDrafts}
        />
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          disabled={mode === 'existing' && decisionId === null}
          leftSection={<IconFileText size={16} aria-hidden />}
          onClick={() => void confirm()}
        >
          {t.toDecisionConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
