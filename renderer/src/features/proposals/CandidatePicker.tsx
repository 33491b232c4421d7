import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RegistryCheckList, RegistryKindSwitch, RegistrySearchInput } from '../../components/RegistryResults';
import { useRegistrySearch, type RegistryRecord } from '../../components/registrySearch';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** Picks registry records, the award proposed for them and their achievement, and adds them. */
export function CandidatePicker({ proposalId, onDone }: { proposalId: number; onDone(): void }) {
  const catalogue = useProposals((s) => s.catalogue);
  const busy = useProposals((s) => s.busy);
  const addCandidates = useProposals((s) => s.addCandidates);
  const [kind, setKind] = useState<RecipientKind>('individual');
  const [query, setQuery] = useState('');
  const found = useRegistrySearch(kind, query);
  const [selected, setSelected] = useState<Map<number, string>>(new Map());
  const [catalogueId, setCatalogueId] = useState<number | null>(null);
  const [achievement, setAchievement] = useState('');
  const [awardError, setAwardError] = useState<string | null>(null);

  const awards = catalogue
    .filter((e) => e[ALLOWS[kind]])
    .map((e) => ({ value: String(e.id), label: e.name }));
  const changeKind = (next: RecipientKind) => {
    setKind(next);
    setSelected(new Map());
    if (catalogueId !== null && !catalogue.some((e) => e.id === catalogueId && e[ALLOWS[next]]))
      setCatalogueId(null);
  };
  const toggle = (f: RegistryRecord, on: boolean) =>
    setSelected((s) => {
      const next = new Map(s);
      if (on) next.set(f.id, f.name);
      else next.delete(f.id);
      return next;
    });

  const add = async () => {
    if (catalogueId === null) return setAwardError(t.pickerChooseAward);
    const refs = [...selected.keys()].map((id) => ({ kind, id, catalogueId, achievement }));
    const result = await addCandidates(proposalId, refs);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    notifyDone(t.pickerAdded(result.value.added));
    if (result.value.skipped.length > 0)
      notifyFailed(
        t.actionFailedTitle,
        t.pickerSkipped(result.value.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')),
      );
    onDone();
  };

  return (
    <Stack gap="md">
      <RegistryKindSwitch label={t.pickerKind} value={kind} onChange={changeKind} />
      <RegistrySearchInput
        label={t.pickerSearch}
        description={t.pickerSearchHint}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <RegistryCheckList
        label={t.pickerSearch}
        maxHeight={260}
        rows={found.rows ?? []}
        error={found.error}
        empty={t.pickerNoResults}
        isChecked={(f) => selected.has(f.id)}
        onToggle={toggle}
      />
      <Text size="sm" c="dimmed">
        {t.pickerSelected(selected.size)}
        {selected.size > 0 ? `: ${[...selected.values()].join(', ')}` : ''}
      </Text>
      <Select
        label={t.pickerAward}
        withAsterisk
        data={awards}
        value={catalogueId === null ? null : String(catalogueId)}
        error={awardError}
        onChange={(v) => {
          setAwardError(null);
          setCatalogueId(v === null ? null : Number(v));
        }}
      />
      <Textarea
        label={t.pickerAchievement}
        rows={2}
        value={achievement}
        onChange={(e) => setAchievement(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          disabled={selected.size === 0}
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => void add()}
        >
          {t.pickerAdd(selected.size)}
        </Button>
      </Group>
    </Stack>
  );
}
