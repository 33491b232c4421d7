import { Group } from '@mantine/core';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { RegistryListPage } from '../registry/RegistryListPage';
import { TransferActions } from '../transfer/TransferActions';
import { HouseholdFormModal } from './HouseholdFormModal';
import { HouseholdsTable } from './HouseholdsTable';
import { useHouseholds, type HouseholdsFilter } from './store';
import { householdsTexts as t } from './texts';

const TABLE_HEIGHT = 'max(320px, calc(100dvh - 340px))';

const trashFilter = (trashed: boolean) => ({ trashed });
const isFiltered = (filter: HouseholdsFilter) =>
  filter.query !== '' || filter.residentialGroupUnitId !== null;

/** Hộ gia đình: search, filter by tổ dân phố, the virtualised list, trash, add, import and export. */
export function HouseholdsListPage({ title }: { title: string }) {
  return (
    <RegistryListPage
      title={title}
      kind="households"
      useStore={useHouseholds}
      texts={t}
      trashFilter={trashFilter}
      isFiltered={isFiltered}
      transferActions={(filter, onImported) => (
        <TransferActions
          kind="households"
          filter={{
            query: filter.query,
            residentialGroupUnitId: filter.residentialGroupUnitId,
            trashed: filter.trashed,
          }}
          onImported={onImported}
        />
      )}
      filters={<HouseholdsFilters />}
      table={<HouseholdsTable height={TABLE_HEIGHT} />}
      addForm={(opened, onClose) => <HouseholdFormModal opened={opened} household={null} onClose={onClose} />}
    />
  );
}

/** Search as you type and the tổ dân phố; every change reads the list again from the top. */
function HouseholdsFilters() {
  const residentialGroupUnitId = useHouseholds((s) => s.filter.residentialGroupUnitId);
  const setFilter = useHouseholds((s) => s.setFilter);
  const searchText = useHouseholds((s) => s.searchText);
  const search = useHouseholds((s) => s.search);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label={t.search}
        placeholder={t.searchPlaceholder}
        initialValue={searchText}
        onSearch={search}
        clearLabel={t.clearSearch}
        w={440}
      />
      <UnitSelect
        label={t.group}
        placeholder={t.allGroups}
        kind="residential_group"
        value={residentialGroupUnitId}
        onChange={(residentialGroupUnitId) => setFilter({ residentialGroupUnitId })}
        w={280}
      />
    </Group>
  );
}
