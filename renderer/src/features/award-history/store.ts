import { create } from 'zustand';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { AwardHistory } from '../../../../shared/schemas/award-history';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

const keyOf = (kind: RecipientKind, id: number) => `${kind}:${id}`;

interface HistoryEntry {
  status: 'loading' | 'ready' | 'error';
  data: AwardHistory | null;
  error: string | null;
}

interface AwardHistoryState {
  /** By `kind:id`: the history of each record opened (re-read every time its page opens). */
  entries: Record<string, HistoryEntry>;
  load(kind: RecipientKind, id: number): Promise<void>;
}

/** Award history of the person, unit and household pages. */
export const useAwardHistory = create<AwardHistoryState>()((set, get) => ({
  entries: {},
  load: async (kind, id) => {
    const key = keyOf(kind, id);
    const before = get().entries[key];
    // A page opened again keeps showing what it had until the fresh answer comes.
    set({
      entries: {
        ...get().entries,
        [key]: { status: before?.data ? 'ready' : 'loading', data: before?.data ?? null, error: null },
      },
    });
    try {
      const data = await call('awards.history', { kind, id });
      set({ entries: { ...get().entries, [key]: { status: 'ready', data, error: null } } });
    } catch (error) {
      set({ entries: { ...get().entries, [key]: { status: 'error', data: null, error: messageOf(error) } } });
    }
  },
}));

export const historyKey = keyOf;
