import { Button, Group, Input, Select, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import { RegistryKindSwitch } from '../../components/RegistryResults';
import { useRegistrySearch, type RegistryRecord } from '../../components/registrySearch';
import { PersonFormModal } from '../people/PersonFormModal';
import { exemplarsTexts as t } from './texts';

/** The picked record with the name to show. */
export interface PickedSubject {
  kind: RecipientKind;
  id: number;
  name: string;
}

/** A found record as one option: its name, then the detail that tells namesakes apart. */
const asSubject = (r: RegistryRecord): PickedSubject => ({
  kind: r.kind,
  id: r.id,
  name: [r.name, r.detail].filter(Boolean).join(' · '),
});

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
  const found = (useRegistrySearch(kind, query).rows ?? []).map(asSubject);
  const [creating, setCreating] = useState(false);

  // The picked record stays an option, so its name shows even when the search no longer finds it.
  const options =
    value && value.kind === kind && !found.some((f) => f.id === value.id) ? [value, ...found] : found;
  const selected = value && value.kind === kind ? String(value.id) : null;

  return (
    <Stack gap={6}>
      <Input.Label required>{t.subject}</Input.Label>
      <RegistryKindSwitch
        label={t.subjectKind}
        value={kind}
        onChange={(k) => {
          setKind(k);
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
