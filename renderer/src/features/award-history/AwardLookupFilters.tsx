import { Group, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import {
  CATALOGUE_KIND_LABELS,
  CATALOGUE_KINDS,
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
} from '../../../../shared/domain/awards';
import { STAFF_CATEGORIES, STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import { EnumSelect } from '../../components/EnumSelect';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { YearSelect, yearRange } from '../../components/YearSelect';
import { thisYear, useAwardLookup } from './lookupStore';
import { awardHistoryTexts as t } from './texts';

const FIRST_YEAR = 2000;
const YEARS = yearRange(thisYear() + 1, FIRST_YEAR);

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
        <YearSelect
          label={t.yearFrom}
          years={YEARS}
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
          w={110}
        />
        <YearSelect
          label={t.yearTo}
          years={YEARS}
          value={filter.yearTo}
          onChange={(yearTo) =>
            setFilter({
              yearTo,
              ...(yearTo !== null && filter.yearFrom !== null && yearTo < filter.yearFrom
                ? { yearFrom: yearTo }
                : {}),
            })
          }
          w={110}
        />
        <EnumSelect
          label={t.catalogueKind}
          placeholder={t.allKinds}
          values={CATALOGUE_KINDS}
          labels={CATALOGUE_KIND_LABELS}
          value={filter.catalogueKind}
          onChange={(catalogueKind) => setFilter({ catalogueKind, catalogueId: null })}
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
        <EnumSelect
          label={t.recipientKind}
          placeholder={t.allRecipients}
          values={RECIPIENT_KINDS}
          labels={RECIPIENT_KIND_LABELS}
          value={filter.recipientKind}
          onChange={(recipientKind) => setFilter({ recipientKind })}
          w={180}
        />
        <EnumSelect
          label={t.staffCategory}
          placeholder={t.allCategories}
          values={STAFF_CATEGORIES}
          labels={STAFF_CATEGORY_LABELS}
          value={filter.staffCategory}
          onChange={(staffCategory) => setFilter({ staffCategory })}
          w={240}
          comboboxProps={{ width: 'max-content' }}
        />
      </Group>
    </Stack>
  );
}
