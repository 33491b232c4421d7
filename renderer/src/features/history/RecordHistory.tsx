import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { listView } from './auditList';
import { SectionCard } from '../../components/SectionCard';
import { AuditListView } from './AuditListView';
import { useRecordHistory } from './store';
import { historyTexts as t } from './texts';

interface RecordHistoryProps {
  /** The table name (`people`, `units`, `households`). */
  entity: string;
  entityId: number;
  /** The record's name, for the table's accessible name. */
  name: string;
  /** Changes when the record was saved (its updatedAt, deletedAt): the history is read again. */
  version: string;
}

/** "Lịch sử thay đổi" on a record's page: the same rows as the history screen, for this record only. */
export function RecordHistory({ entity, entityId, name, version }: RecordHistoryProps) {
  const list = useRecordHistory(useShallow(listView));
  const open = useRecordHistory((s) => s.open);

  useEffect(() => {
    open(entity, entityId);
  }, [open, entity, entityId, version]);

  return (
    <SectionCard title={t.sectionTitle}>
      <AuditListView
        list={list}
        label={t.recordTableLabel(name)}
        showRecord={false}
        emptyText={t.emptyRecord}
        onRetry={() => open(entity, entityId)}
      />
    </SectionCard>
  );
}
