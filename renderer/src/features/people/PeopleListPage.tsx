import { RegistryListPage } from '../registry/RegistryListPage';
import { TransferActions } from '../transfer/TransferActions';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';
import { INITIAL_PEOPLE_FILTER, usePeople, type PeopleFilter } from './store';
import { peopleTexts as t } from './texts';

// The list fills the window below the filters; it scrolls inside itself, with its header kept in view.
const TABLE_HEIGHT = 'max(320px, calc(100dvh - 410px))';

// The trash shows everyone in it, active or not; back on the list the status filter starts over.
const trashFilter = (trashed: boolean): Partial<PeopleFilter> =>
  trashed ? { trashed: true, status: 'all' } : { trashed: false, status: INITIAL_PEOPLE_FILTER.status };
const isFiltered = (filter: PeopleFilter) =>
  filter.query !== '' || filter.unitId !== null || filter.staffCategory !== null || filter.gender !== null;

/** Cá nhân: search, filters, the virtualised list, trash, add, import and export. */
export function PeopleListPage({ title }: { title: string }) {
  return (
    <RegistryListPage
      title={title}
      kind="people"
      useStore={usePeople}
      texts={t}
      trashFilter={trashFilter}
      isFiltered={isFiltered}
      transferActions={(filter, onImported) => (
        <TransferActions
          kind="people"
          filter={{
            query: filter.query,
            unitId: filter.unitId,
            staffCategory: filter.staffCategory,
            gender: filter.gender,
            status: filter.status,
            trashed: filter.trashed,
          }}
          onImported={onImported}
        />
      )}
      filters={<PeopleFilters />}
      table={<PeopleTable height={TABLE_HEIGHT} />}
      addForm={(opened, onClose) => <PersonFormModal opened={opened} person={null} onClose={onClose} />}
    />
  );
}
