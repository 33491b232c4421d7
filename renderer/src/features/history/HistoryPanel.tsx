import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { listView } from './auditList';
import { AuditListView } from './AuditListView';
import { HistoryFilters } from './HistoryFilters';
import { useHistory } from './store';
import { historyTexts as t } from './texts';

/** Lịch sử thay đổi: every recorded change, newest first, with filters. */
export function HistoryPanel() {
  const list = useHistory(useShallow(listView));
  const open = useHistory((s) => s.open);
  const load = useHistory((s) => s.load);
  const filter = useHistory((s) => s.filter);
  const filtered = Object.values(filter).some((v) => v !== null && v !== '');

  useEffect(() => {
    open();
  }, [open]);

  return (
    <Stack gap="md">
      <HistoryFilters />
      <AuditListView
        list={list}
        label={t.tableLabel}
        emptyText={filtered ? t.emptyFiltered : t.emptyAll}
        onRetry={() => void load(filter)}
      />
    </Stack>
  );
}
