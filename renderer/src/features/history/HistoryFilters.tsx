import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  type AuditAction,
} from '../../../../shared/domain/audit-labels';
import { DateField } from '../../components/DateField';
import { SearchInput } from '../../components/SearchInput';
import { EMPTY_DRAFT, useHistory } from './store';
import { historyTexts as t } from './texts';

const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
const ACTION_OPTIONS = AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] }));

/** Entity, action, from/to dates (dd/mm/yyyy) and a text search over who, notes and values. */
export function HistoryFilters() {
  const draft = useHistory((s) => s.draft);
  const errors = useHistory((s) => s.errors);
  const setDraft = useHistory((s) => s.setDraft);
  const filtered = draft.entity !== null || draft.action !== null || draft.from !== null || draft.to !== null;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm" aria-label={t.filtersLabel} role="group">
      <SearchInput
        label={t.search}
        placeholder={t.searchPlaceholder}
        clearLabel={t.clearSearch}
        initialValue={draft.query}
        onSearch={(query) => setDraft({ query })}
      />
      <Select
        label={t.entity}
        placeholder={t.allEntities}
        data={ENTITY_OPTIONS}
        value={draft.entity}
        onChange={(entity) => setDraft({ entity })}
        clearable
        searchable
      />
      <Select
        label={t.action}
        placeholder={t.allActions}
        data={ACTION_OPTIONS}
        value={draft.action}
        onChange={(action) => setDraft({ action: action as AuditAction | null })}
        clearable
      />
      <DateField
        label={t.from}
        value={draft.from}
        onChange={(from) => setDraft({ from })}
        error={errors.from}
      />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <DateField
          label={t.to}
          value={draft.to}
          onChange={(to) => setDraft({ to })}
          error={errors.to}
          style={{ flex: 1 }}
        />
        {filtered ? (
          <Button
            variant="subtle"
            mt={25}
            px="xs"
            aria-label={t.clearFilters}
            title={t.clearFilters}
            onClick={() => setDraft({ ...EMPTY_DRAFT, query: draft.query })}
          >
            <IconFilterOff size={18} aria-hidden />
          </Button>
        ) : null}
      </Group>
    </SimpleGrid>
  );
}
