import { create } from 'zustand';
import { auditListSchema } from '../../../../shared/schemas/audit';
import type { AuditAction } from '../../../../shared/domain/audit-labels';
import { auditListSlice, type AuditFilter, type AuditListSlice } from './auditList';

/** The filter boxes as the user fills them: dates may still be text that is not a date. */
export interface HistoryDraft {
  entity: string | null;
  action: AuditAction | null;
  /** ISO once it reads as a date, else what was typed (refused with the schema's message). */
  from: string | null;
  to: string | null;
  query: string;
}

export const EMPTY_DRAFT: HistoryDraft = { entity: null, action: null, from: null, to: null, query: '' };

interface HistoryState extends AuditListSlice {
  draft: HistoryDraft;
  /** The schema's messages by field (`from`, `to`); the list keeps the last valid filter meanwhile. */
  errors: Record<string, string>;
  /** Opens the screen: reads the history for the current filter. */
  open(): void;
  /** Changes filter boxes; a valid filter is read at once, an invalid one only marks its field. */
  setDraft(patch: Partial<HistoryDraft>): void;
}

/** Lịch sử thay đổi: the whole history, filtered by entity, action, dates and text. */
export const useHistory = create<HistoryState>()((set, get, store) => ({
  ...auditListSlice<HistoryState>({ ...EMPTY_DRAFT, entityId: null })(set, get, store),
  draft: EMPTY_DRAFT,
  errors: {},

  open: () => void get().load(get().filter),

  setDraft: (change) => {
    const draft = { ...get().draft, ...change };
    // The same schema as the main process: the dates' messages and "Đến ngày" not before "Từ ngày".
    const parsed = auditListSchema.safeParse({ ...draft, entityId: null });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
      set({ draft, errors });
      return;
    }
    set({ draft, errors: {} });
    const filter: AuditFilter = { ...draft, entityId: null };
    void get().load(filter);
  },
}));

/** The history of one record, on its page (person, household, unit). */
export const useRecordHistory = create<AuditListSlice & { open(entity: string, entityId: number): void }>()(
  (set, get, store) => ({
    ...auditListSlice<AuditListSlice & { open(entity: string, entityId: number): void }>({
      ...EMPTY_DRAFT,
      entityId: null,
    })(set, get, store),
    open: (entity, entityId) => {
      const same = get().filter.entity === entity && get().filter.entityId === entityId;
      // Another record's entries must not show, even dimmed, while this one's are read.
      if (!same) set({ rows: [], total: null, status: 'idle' });
      void get().load({ ...EMPTY_DRAFT, entity, entityId });
    },
  }),
);
