import { Radio, ScrollArea, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import { call } from '../../lib/api';
import { SEARCH_DEBOUNCE_MS } from '../../components/SearchInput';
import { registrationsTexts as t } from './texts';

export interface Picked {
  kind: RecipientKind;
  id: number;
  name: string;
}

interface Found {
  id: number;
  name: string;
  detail: string;
}

const LIMIT = 30;

/** Active registry records of one kind matching the typed words (people and households paged). */
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
  // Units that stopped cannot register: the list offers active ones only.
  const units = await call('units.list', { query, status: 'active' });
  return units.slice(0, LIMIT).map((u) => ({ id: u.id, name: u.name, detail: UNIT_KIND_LABELS[u.kind] }));
}

/** Picks who registers: the kind, then one record found by name (no tones needed). */
export function RegistrantPicker({
  value,
  onChange,
  error,
}: {
  value: Picked | null;
  onChange(next: Picked | null, kind: RecipientKind): void;
  error?: string | null;
}) {
  const [kind, setKind] = useState<RecipientKind>(value?.kind ?? 'collective');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[]>([]);

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

  const changeKind = (next: RecipientKind) => {
    setKind(next);
    onChange(null, next);
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t.registrantKind}
        data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
        value={kind}
        onChange={(v) => changeKind(v as RecipientKind)}
      />
      <TextInput
        label={t.registrantSearch}
        description={t.registrantSearchHint}
        leftSection={<IconSearch size={16} aria-hidden />}
        data-autofocus
        value={query}
        error={error}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ScrollArea.Autosize mah={200} type="auto">
        <Radio.Group
          aria-label={t.registrantResults}
          value={value ? String(value.id) : null}
          onChange={(v) => {
            const f = found.find((x) => String(x.id) === v);
            if (f) onChange({ kind, id: f.id, name: f.name }, kind);
          }}
        >
          <Stack gap={6}>
            {found.length === 0 ? <Text c="dimmed">{t.registrantNone}</Text> : null}
            {found.map((f) => (
              <Radio key={f.id} value={String(f.id)} label={f.name} description={f.detail || undefined} />
            ))}
          </Stack>
        </Radio.Group>
      </ScrollArea.Autosize>
      {value ? (
        <Text size="sm" fw={500}>
          {t.registrantChosen(value.name)}
        </Text>
      ) : null}
    </Stack>
  );
}
