import { Button, Group, Input, SegmentedControl, Select, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import { call } from '../../lib/api';
import { SEARCH_DEBOUNCE_MS } from '../../components/SearchInput';
import { PersonFormModal } from '../people/PersonFormModal';
import { exemplarsTexts as t } from './texts';

/** The picked record with the name to show. */
export interface PickedSubject {
  kind: RecipientKind;
  id: number;
  name: string;
}

const LIMIT = 30;

/** Registry records of one kind matching the typed words (server-side search, tones ignored). */
async function searchRegistry(kind: RecipientKind, query: string): Promise<PickedSubject[]> {
  const label = (name: string, ...detail: (string | null | undefined)[]) =>
    [name, ...detail.filter(Boolean)].join(' · ');
  if (kind === 'individual') {
    const page = await call('people.list', { query, limit: LIMIT });
    return page.rows.map((p) => ({ kind, id: p.id, name: label(p.fullName, p.position, p.unitName) }));
  }
  if (kind === 'household') {
    const page = await call('households.list', { query, limit: LIMIT });
    return page.rows.map((h) => ({ kind, id: h.id, name: label(h.headName, h.address) }));
  }
  const units = await call('units.list', { query });
  return units
    .slice(0, LIMIT)
    .map((u) => ({ kind, id: u.id, name: label(u.name, UNIT_KIND_LABELS[u.kind]) }));
}

interface Props {
  value: PickedSubject | null;
  onChange(value: PickedSubject | null): void;
  error?: string | null;
}

/**
 * Who the model is: a person, a unit or a household picked from the registry by name; a person not
 * yet in it is created on the spot with the people form and picked at once.
 */
export function SubjectPicker({ value, onChange, error }: Props) {
  const [kind, setKind] = useState<RecipientKind>(value?.kind ?? 'individual');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PickedSubject[]>([]);
  const [creating, setCreating] = useState(false);

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

  // The picked record stays an option, so its name shows even when the search no longer finds it.
  const options =
    value && value.kind === kind && !found.some((f) => f.id === value.id) ? [value, ...found] : found;
  const selected = value && value.kind === kind ? String(value.id) : null;

  return (
    <Stack gap={6}>
      <Input.Label required>{t.subject}</Input.Label>
      <SegmentedControl
        aria-label={t.subjectKind}
        data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
        value={kind}
        onChange={(k) => {
          setKind(k as RecipientKind);
          setQuery('');
          onChange(null);
        }}
      />
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Select
          aria-label={t.subject}
          placeholder={t.subjectSearch}
          searchable
          clearable
          style={{ flex: 1 }}
          data={options.map((o) => ({ value: String(o.id), label: o.name }))}
          value={selected}
          // The server already searched; the list is shown as it came.
          filter={({ options: all }) => all}
          onSearchChange={(text) => {
            if (text !== (options.find((o) => String(o.id) === selected)?.name ?? '')) setQuery(text);
          }}
          onChange={(v) => onChange(options.find((o) => String(o.id) === v) ?? null)}
          nothingFoundMessage={t.subjectNone}
          error={error}
        />
        {kind === 'individual' ? (
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            title={t.subjectCreateHint}
            onClick={() => setCreating(true)}
          >
            {t.subjectCreate}
          </Button>
        ) : null}
      </Group>
      <PersonFormModal
        opened={creating}
        person={null}
        onClose={() => setCreating(false)}
        onSaved={(p) => onChange({ kind: 'individual', id: p.id, name: p.fullName })}
      />
    </Stack>
  );
}
