import { Select, Stack, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProposalCandidate } from '../../../../shared/schemas/proposals';
import { DialogButtons } from '../../components/DialogButtons';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** The award proposed for one candidate and its achievement. */
export function CandidateEditForm({ candidate, onDone }: { candidate: ProposalCandidate; onDone(): void }) {
  const catalogue = useProposals((s) => s.catalogue);
  const busy = useProposals((s) => s.busy);
  const updateCandidate = useProposals((s) => s.updateCandidate);
  const [catalogueId, setCatalogueId] = useState(String(candidate.catalogueId));
  const [achievement, setAchievement] = useState(candidate.achievement ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const options = catalogue
    .filter((e) => e[ALLOWS[candidate.kind]])
    .map((e) => ({ value: String(e.id), label: e.name }));
  if (!options.some((o) => o.value === catalogueId))
    options.unshift({ value: catalogueId, label: candidate.catalogueName });

  const save = async () => {
    const result = await updateCandidate(candidate.id, Number(catalogueId), achievement);
    if (result.ok) {
      notifyDone(t.candidateSaved);
      onDone();
    } else {
      setErrors(result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <Stack gap="md">
      <Select
        label={t.pickerAward}
        data={options}
        value={catalogueId}
        allowDeselect={false}
        error={errors.catalogueId}
        onChange={(v) => v !== null && setCatalogueId(v)}
      />
      <Textarea
        label={t.pickerAchievement}
        rows={3}
        data-autofocus
        value={achievement}
        error={errors.achievement}
        onChange={(e) => setAchievement(e.currentTarget.value)}
      />
      <DialogButtons
        cancelLabel={t.cancel}
        confirmLabel={t.save}
        confirmIcon={<IconDeviceFloppy size={16} aria-hidden />}
        busy={busy}
        onCancel={onDone}
        onConfirm={() => void save()}
      />
    </Stack>
  );
}
