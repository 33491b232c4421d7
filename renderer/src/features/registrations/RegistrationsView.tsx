import { Alert, Button, Group, Modal, ScrollArea, Stack } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS } from '../../../../shared/domain/registrations';
import { EnumSelect } from '../../components/EnumSelect';
import { ListBody } from '../../components/ListBody';
import { SearchInput } from '../../components/SearchInput';
import { NotRegisteredCard } from './NotRegisteredCard';
import { RegistrationForm } from './RegistrationForm';
import { RegistrationsTable } from './RegistrationsTable';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/**
 * The list of one scope (a movement or the year-only registrations of a year): the units that
 * have not registered, the registrations with their actions, and the form to add one.
 * `controls` are the scope's own selectors (year, movement), shown before the filters;
 * `maxTableHeight` keeps a long list inside its own scroll area (a section of a longer page).
 */
export function RegistrationsView({
  controls,
  maxTableHeight,
}: {
  controls?: ReactNode;
  maxTableHeight?: number;
}) {
  const status = useRegistrations((s) => s.status);
  const error = useRegistrations((s) => s.error);
  const rows = useRegistrations((s) => s.rows);
  const readOnly = useRegistrations((s) => s.scope.readOnly);
  const statusFilter = useRegistrations((s) => s.statusFilter);
  const search = useRegistrations((s) => s.search);
  const setFilters = useRegistrations((s) => s.setFilters);
  const load = useRegistrations((s) => s.load);
  const loadOptions = useRegistrations((s) => s.loadOptions);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load();
    void loadOptions();
  }, [load, loadOptions]);

  const filtered = statusFilter !== null || search !== '';
  const body = (
    <ListBody
      status={status}
      error={error}
      count={rows.length}
      texts={t}
      onRetry={() => void load()}
      empty={{ title: filtered ? t.emptyFiltered : t.empty, hint: filtered || readOnly ? null : t.emptyHint }}
      emptyPadding="md"
    >
      {maxTableHeight === undefined ? (
        <RegistrationsTable rows={rows} />
      ) : (
        <ScrollArea.Autosize mah={maxTableHeight} type="auto" offsetScrollbars>
          <RegistrationsTable rows={rows} />
        </ScrollArea.Autosize>
      )}
    </ListBody>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          {controls}
          <EnumSelect
            label={t.status}
            placeholder={t.allStatuses}
            values={REGISTRATION_STATUSES}
            labels={REGISTRATION_STATUS_LABELS}
            w={170}
            value={statusFilter}
            onChange={(next) => setFilters({ statusFilter: next })}
          />
          <SearchInput
            label={t.search}
            initialValue={search}
            onSearch={(next) => setFilters({ search: next })}
            clearLabel={t.clearSearch}
            w={260}
          />
        </Group>
        {readOnly ? null : (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t.add}
          </Button>
        )}
      </Group>
      {readOnly ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t.readOnlyNote}
        </Alert>
      ) : null}
      <NotRegisteredCard />
      {body}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t.formAddTitle} size="lg">
        {adding ? <RegistrationForm registration={null} onDone={() => setAdding(false)} /> : null}
      </Modal>
    </Stack>
  );
}
