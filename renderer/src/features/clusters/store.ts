import { create } from 'zustand';
import type { ClusterKind } from '../../../../shared/domain/registry';
import type { ErrorCode } from '../../../../shared/errors';
import type { Cluster, UnitRow } from '../../../../shared/schemas/registry/units';
import { ApiFailure, call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

export interface ClusterValues {
  name: string;
  kind: ClusterKind;
  note: string;
}

export type ClusterResult<T = Cluster> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; fields: Record<string, string> };

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface ClustersState {
  status: Status;
  clusters: Cluster[];
  error: string | null;
  /** Active units, the ones that can be put into a cluster. */
  unitOptions: UnitRow[] | null;
  unitOptionsError: string | null;
  busy: boolean;
  load(): Promise<void>;
  /** Reads the list unless it is already read or being read (the units toolbar and form need it). */
  ensureLoaded(): Promise<void>;
  loadUnitOptions(): Promise<void>;
  save(id: number | null, values: ClusterValues): Promise<ClusterResult>;
  setMembers(id: number, unitIds: number[]): Promise<ClusterResult>;
  remove(id: number): Promise<ClusterResult<{ id: number }>>;
}

function failed(error: unknown): ClusterResult<never> {
  return error instanceof ApiFailure
    ? { ok: false, code: error.code, message: error.message, fields: error.fields }
    : { ok: false, code: 'INTERNAL', message: messageOf(error), fields: {} };
}

export const useClusters = create<ClustersState>()((set, get) => {
  async function change<T>(run: () => Promise<T>): Promise<ClusterResult<T>> {
    set({ busy: true });
    try {
      const value = await run();
      void get().load();
      return { ok: true, value };
    } catch (error) {
      return failed(error);
    } finally {
      set({ busy: false });
    }
  }

  return {
    status: 'idle',
    clusters: [],
    error: null,
    unitOptions: null,
    unitOptionsError: null,
    busy: false,

    load: async () => {
      set({ status: 'loading', error: null });
      try {
        set({ status: 'ready', clusters: await call('clusters.list', {}) });
      } catch (error) {
        set({ status: 'error', error: messageOf(error) });
      }
    },
    ensureLoaded: async () => {
      if (get().status === 'idle') await get().load();
    },
    loadUnitOptions: async () => {
      set({ unitOptionsError: null });
      try {
        set({ unitOptions: await call('units.list', { status: 'active' }) });
      } catch (error) {
        set({ unitOptionsError: messageOf(error) });
      }
    },

    save: (id, values) =>
      change(() => (id === null ? call('clusters.create', values) : call('clusters.update', { id, values }))),
    setMembers: (id, unitIds) => change(() => call('clusters.setMembers', { id, unitIds })),
    remove: (id) => change(() => call('clusters.delete', { id })),
  };
});
