import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { SUGGESTED_FIELDS } from '../../../../shared/domain/exemplars';
import { compareVietnamese } from '../../../../shared/rules/names';
import { EnumSelect } from '../../components/EnumSelect';
import { SearchInput } from '../../components/SearchInput';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { useExemplars } from './store';
import { exemplarsTexts as t } from './texts';

/** Search (without tones), field, movement and subject kind; each change reloads the board. */
export function BoardFilters() {
  const filters = useExemplars((s) => s.filters);
  const setFilters = useExemplars((s) => s.setFilters);
  const rows = useExemplars((s) => s.rows);
  const movements = useExemplars((s) => s.movements);

  // The suggested fields plus any other typed on a model, so every stored one can be filtered.
  const fields = useMemo(() => {
    const typed = rows.map((r) => r.field).filter((f): f is string => f !== null);
    const all = new Set<string>([...SUGGESTED_FIELDS, ...typed]);
    if (filters.field) all.add(filters.field);
    return [...all].sort(compareVietnamese);
  }, [rows, filters.field]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label={t.search}
        initialValue={filters.search}
        onSearch={(search) => setFilters({ search })}
        clearLabel={t.clearSearch}
        w={300}
      />
      <Select
        label={t.filterField}
        placeholder={t.allFields}
        data={fields}
        value={filters.field}
        onChange={(field) => setFilters({ field })}
        clearable
        searchable
        filter={foldedOptionsFilter}
        w={210}
      />
      <Select
        label={t.filterMovement}
        placeholder={t.allMovements}
        data={movements.map((m) => ({ value: String(m.id), label: m.name }))}
        value={filters.movementId === null ? null : String(filters.movementId)}
        onChange={(v) => setFilters({ movementId: v === null ? null : Number(v) })}
        clearable
        searchable
        filter={foldedOptionsFilter}
        w={240}
      />
      <EnumSelect
        label={t.filterKind}
        placeholder={t.allKinds}
        values={RECIPIENT_KINDS}
        labels={RECIPIENT_KIND_LABELS}
        value={filters.subjectKind}
        onChange={(subjectKind) => setFilters({ subjectKind })}
        w={170}
      />
    </Group>
  );
}
