import {
  Button,
  Checkbox,
  Group,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import { call } from '../../lib/api';
import { notifyDone, notifyFailed } from '../../components/notify';
import { SEARCH_DEBOUNCE_MS } from '../../components/SearchInput';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

interface Found {
  id: number;
  name: string;
  detail: string;
}

const LIMIT = 30;
const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** Registry records of one kind matching the typed words (people and households paged, units all). */
async function searchRegistry(kind: RecipientKind, query: string): Promise<Found[]> {
  if (kind === 'individual') {
    const page = await call('people.list', { query, limit: LIMIT });
    return page.rows.map((p) => ({
      id: p.id,
      name: p.fullName,
      detail: [p.birthYear ? String(p.birthYear) : null, p.position, p.unitName].filter(Boolean).join(' · '),
    }));
  }
  if (kind === 'household') {
    const page = await call('households.list', { query, limit: LIMIT });
    return page.rows.map((h) => ({
      id: h.id,
      name: h.headName,
      detail: [h.address, h.residentialGroupName].filter(Boolean).join(' · '),
    }));
  }
  const units = await call('units.list', { query });
  return units.slice(0, LIMIT).map((u) => ({ id: u.id, name: u.name, detail: UNIT_KIND_LABELS[u.kind] }));
}

/** Picks registry records, the award proposed for them and their achievement, and adds them. */
export function CandidatePicker({ proposalId, onDone }: { proposalId: number; onDone(): void }) {
  const catalogue = useProposals((s) => s.catalogue);
  const busy = useProposals((s) => s.busy);
  const addCandidates = useProposals((s) => s.addCandidates);
  const [kind, setKind] = useState<RecipientKind>('individual');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [selected, setSelected] = useState<Map<number, string>>(new Map());
  const [catalogueId, setCatalogueId] = useState<number | null>(null);
  const [achievement, setAchievement] = useState('');
  const [awardError, setAwardError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchRegistry(kind, query)
        .then((rows) => current && setFound(rows))
        .catch(() => current && setFound([]));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, query]);

  const awards = catalogue
    .filter((e) => e[ALLOWS[kind]])
    .map((e) => ({ value: String(e.id), label: e.name }));
  const changeKind = (next: RecipientKind) => {
    setKind(next);
    setSelected(new Map());
    if (catalogueId !== null && !catalogue.some((e) => e.id === catalogueId && e[ALLOWS[next]]))
      setCatalogueId(null);
  };
  const toggle = (f: Found, on: boolean) =>
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
      <SegmentedControl
        aria-label={t.pickerKind}
        data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
        value={kind}
        onChange={(v) => changeKind(v as RecipientKind)}
      />
      <TextInput
        label={t.pickerSearch}
        description={t.pickerSearchHint}
        leftSection={<IconSearch size={16} aria-hidden />}
        data-autofocus
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ScrollArea.Autosize mah={260} type="auto">
        <Stack gap={6} role="group" aria-label={t.pickerSearch}>
          {found.length === 0 ? <Text c="dimmed">{t.pickerNoResults}</Text> : null}
          {found.map((f) => (
            <Checkbox
              key={f.id}
              checked={selected.has(f.id)}
              onChange={(e) => toggle(f, e.currentTarget.checked)}
              label={f.name}
              description={f.detail || undefined}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
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
