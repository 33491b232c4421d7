import { Group, Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';
import {
  ACTIVITY_FILTERS,
  GENDERS,
  GENDER_LABELS,
  STAFF_CATEGORIES,
  STAFF_CATEGORY_LABELS,
  type ActivityFilter,
} from '../../../../shared/domain/registry';
import { EnumSelect } from '../../components/EnumSelect';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';

const STATUS_OPTIONS = ACTIVITY_FILTERS.map((value) => ({ value, label: t.statusOptions[value] }));

/** Search as you type and the list's filters; every change reads the list again from the top. */
export function PeopleFilters() {
  const filter = usePeople((s) => s.filter);
  const searchText = usePeople((s) => s.searchText);
  const search = usePeople((s) => s.search);
  const setFilter = usePeople((s) => s.setFilter);
  const statusLabelId = useId();

  return (
    <Stack gap="sm">
      <SearchInput
        label={t.search}
        placeholder={t.searchPlaceholder}
        initialValue={searchText}
        onSearch={search}
        clearLabel={t.clearSearch}
        maw={520}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <UnitSelect
          label={t.unit}
          placeholder={t.allUnits}
          value={filter.unitId}
          onChange={(unitId) => setFilter({ unitId })}
          w={260}
        />
        <EnumSelect
          label={t.staffCategory}
          placeholder={t.allCategories}
          values={STAFF_CATEGORIES}
          labels={STAFF_CATEGORY_LABELS}
          value={filter.staffCategory}
          onChange={(staffCategory) => setFilter({ staffCategory })}
          w={260}
          comboboxProps={{ width: 'target' }}
        />
        <EnumSelect
          label={t.gender}
          placeholder={t.allGenders}
          values={GENDERS}
          labels={GENDER_LABELS}
          value={filter.gender}
          onChange={(gender) => setFilter({ gender })}
          w={130}
        />
        {filter.trashed ? null : (
          <Stack gap={4}>
            <Input.Label labelElement="div" id={statusLabelId}>
              {t.status}
            </Input.Label>
            <SegmentedControl
              aria-labelledby={statusLabelId}
              data={STATUS_OPTIONS}
              value={filter.status}
              onChange={(status) => setFilter({ status: status as ActivityFilter })}
            />
          </Stack>
        )}
      </Group>
    </Stack>
  );
}
