import { Group, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import {
  CATALOGUE_KIND_LABELS,
  CATALOGUE_KINDS,
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
  type CatalogueKind,
  type RecipientKind,
} from '../../../../shared/domain/awards';
import {
  STAFF_CATEGORIES,
  STAFF_CATEGORY_LABELS,
  type StaffCategory,
} from '../../../../shared/domain/registry';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { thisYear, useAwardLookup } from './lookupStore';
import { awardHistoryTexts as t } from './texts';

const FIRST_YEAR = 2000;
const YEARS = Array.from({ length: thisYear() + 1 - FIRST_YEAR + 1 }, (_v, i) => thisYear() + 1 - i).map(
  (y) => ({ value: y, label: String(y) }),
);
const KIND_OPTIONS = CATALOGUE_KINDS.map((value) => ({ value, label: CATALOGUE_KIND_LABELS[value] }));
const RECIPIENT_OPTIONS = RECIPIENT_KINDS.map((value) => ({ value, label: RECIPIENT_KIND_LABELS[value] }));
const CATEGORY_OPTIONS = STAFF_CATEGORIES.map((value) => ({ value, label: STAFF_CATEGORY_LABELS[value] }));

/** Years, award, kind, unit, recipient kind, staff category and a name; each change reads again from the top. */
export function AwardLookupFilters() {
  const filter = useAwardLookup((s) => s.filter);
  const setFilter = useAwardLookup((s) => s.setFilter);
  const catalogue = useAwardLookup((s) => s.catalogue);
  const catalogueOptions = useMemo(
    () =>
      catalogue
        .filter((c) => filter.catalogueKind === null || c.kind === filter.catalogueKind)
        .map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (ngừng dùng)` })),
    [catalogue, filter.catalogueKind],
  );

  return (
    <Stack gap="sm" role="group" aria-label={t.filtersLabel}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select<number>
          label={t.yearFrom}
          data={YEARS}
          value={filter.yearFrom}
          // A start after the end moves the end along, so the range is never empty by accident.
          onChange={(yearFrom) =>
            setFilter({
              yearFrom,
              ...(yearFrom !== null && filter.yearTo !== null && yearFrom > filter.yearTo
                ? { yearTo: yearFrom }
                : {}),
            })
          }
          clearable
          w={110}
        />
        <Select<number>
          label={t.yearTo}
          data={YEARS}
          value={filter.yearTo}
          onChange={(yearTo) =>
            setFilter({
              yearTo,
              ...(yearTo !== null && filter.yearFrom !== null && yearTo < filter.yearFrom
                ? { yearFrom: yearTo }
                : {}),
            })
          }
          clearable
          w={110}
        />
        <Select<CatalogueKind>
          label={t.catalogueKind}
          placeholder={t.allKinds}
          data={KIND_OPTIONS}
          value={filter.catalogueKind}
          onChange={(catalogueKind) => setFilter({ catalogueKind, catalogueId: null })}
          clearable
          w={220}
        />
        <Select<number>
          label={t.catalogue}
          placeholder={t.allCatalogue}
          data={catalogueOptions}
          value={filter.catalogueId}
          onChange={(catalogueId) => setFilter({ catalogueId })}
          clearable
          searchable
          w={280}
          comboboxProps={{ width: 'max-content' }}
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchInput
          label={t.search}
          placeholder={t.searchPlaceholder}
          initialValue={filter.search}
          onSearch={(search) => setFilter({ search })}
          clearLabel={t.clearSearch}
          w={260}
        />
        <UnitSelect
          label={t.unit}
          placeholder={t.allUnits}
          value={filter.unitId}
          onChange={(unitId) => setFilter({ unitId })}
          w={260}
        />
        <Select<RecipientKind>
          label={t.recipientKind}
          placeholder={t.allRecipients}
          data={RECIPIENT_OPTIONS}
          value={filter.recipientKind}
          onChange={(recipientKind) => setFilter({ recipientKind })}
          clearable
          w={180}
        />
        <Select<StaffCategory>
          label={t.staffCategory}
          placeholder={t.allCategories}
          data={CATEGORY_OPTIONS}
          value={filter.staffCategory}
          onChange={(staffCategory) => setFilter({ staffCategory })}
          clearable
          w={240}
          comboboxProps={{ width: 'max-content' }}
        />
      </Group>
    </Stack>
  );
}
