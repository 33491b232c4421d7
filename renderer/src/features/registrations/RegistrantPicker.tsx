import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import { RegistryKindSwitch, RegistryRadioList, RegistrySearchInput } from '../../components/RegistryResults';
import { useRegistrySearch } from '../../components/registrySearch';
import { registrationsTexts as t } from './texts';

export interface Picked {
  kind: RecipientKind;
  id: number;
  name: string;
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
  // Units that stopped cannot register: the list offers active ones only.
  const found = useRegistrySearch(kind, query, { activeUnitsOnly: true });

  const changeKind = (next: RecipientKind) => {
    setKind(next);
    onChange(null, next);
  };

  return (
    <Stack gap="sm">
      <RegistryKindSwitch label={t.registrantKind} value={kind} onChange={changeKind} />
      <RegistrySearchInput
        label={t.registrantSearch}
        description={t.registrantSearchHint}
        value={query}
        error={error}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <RegistryRadioList
        label={t.registrantResults}
        maxHeight={200}
        rows={found.rows ?? []}
        error={found.error}
        empty={t.registrantNone}
        value={value}
        onPick={(f) => onChange({ kind: f.kind, id: f.id, name: f.name }, f.kind)}
      />
      {value ? (
        <Text size="sm" fw={500}>
          {t.registrantChosen(value.name)}
        </Text>
      ) : null}
    </Stack>
  );
}
