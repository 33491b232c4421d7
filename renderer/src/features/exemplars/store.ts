import { create } from 'zustand';
import type { MovementSummary } from '../../../../shared/schemas/movements';
import type {
  Evidence,
  Exemplar,
  ExemplarInput,
  ExemplarListQuery,
  ExemplarSummary,
  MoveStageInput,
  OpenEvidenceResult,
} from '../../../../shared/schemas/exemplars';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';
import { fileToBase64 } from '../transfer/base64';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Detail {
  id: number | null;
  status: Status;
  error: string | null;
  model: Exemplar | null;
  evidence: Evidence[];
}

const NO_DETAIL: Detail = { id: null, status: 'idle', error: null, model: null, evidence: [] };

export type BoardFilters = Required<Omit<ExemplarListQuery, 'stage' | 'year'>>;

interface ExemplarsState {
  filters: BoardFilters;
  status: Status;
  error: string | null;
  rows: ExemplarSummary[];
  detail: Detail;
  /** Movements for the filter and the form (archived ones left out). */
  movements: MovementSummary[];
  busy: boolean;
  load(): Promise<void>;
  setFilters(next: Partial<BoardFilters>): void;
  loadDetail(id: number): Promise<void>;
  loadMovements(): Promise<void>;
  save(id: number | null, values: ExemplarInput): Promise<MutationResult<Exemplar>>;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
  moveStage(input: MoveStageInput): Promise<MutationResult<Exemplar>>;
  addEvidence(modelId: number, file: File): Promise<MutationResult<Evidence>>;
  removeEvidence(attachmentId: number): Promise<MutationResult<{ id: number }>>;
  openEvidence(attachmentId: number): Promise<MutationResult<OpenEvidenceResult>>;
}

let latestList = 0;

export const useExemplars = create<ExemplarsState>()((set, get) => {
  /** Runs a write, then reads the board and the open model again. */
  async function change<T>(run: () => Promise<T>): Promise<MutationResult<T>> {
    set({ busy: true });
    try {
      const value = await run();
      const open = get().detail.id;
      await Promise.all([get().load(), open === null ? null : get().loadDetail(open)]);
      return { ok: true, value };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ busy: false });
    }
  }

  return {
    filters: { search: '', field: null, movementId: null, subjectKind: null },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    movements: [],
    busy: false,

    load: async () => {
      const request = ++latestList;
      set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading', error: null }));
      try {
        const rows = await call('exemplars.list', get().filters);
        if (request === latestList) set({ status: 'ready', rows });
      } catch (error) {
        if (request === latestList) set({ status: 'error', error: messageOf(error) });
      }
    },
    setFilters: (next) => {
      set((s) => ({ filters: { ...s.filters, ...next } }));
      void get().load();
    },
    loadDetail: async (id) => {
      set((s) => ({
        detail: s.detail.id === id ? { ...s.detail, error: null } : { ...NO_DETAIL, id, status: 'loading' },
      }));
      try {
        const [model, evidence] = await Promise.all([
          call('exemplars.get', { id }),
          call('exemplars.listEvidence', { modelId: id }),
        ]);
        if (get().detail.id === id) set({ detail: { id, status: 'ready', error: null, model, evidence } });
      } catch (error) {
        if (get().detail.id === id)
          set((s) => ({ detail: { ...s.detail, status: 'error', error: messageOf(error) } }));
      }
    },
    loadMovements: async () => {
      try {
        set({ movements: await call('movements.list', {}) });
      } catch {
        // The filter and the form offer no movement; the board itself still loads.
      }
    },
    save: (id, values) =>
      change(() =>
        id === null ? call('exemplars.create', values) : call('exemplars.update', { id, values }),
      ),
    remove: (id) =>
      change(async () => {
        const result = await call('exemplars.delete', { id });
        set({ detail: NO_DETAIL });
        return result;
      }),
    moveStage: (input) => change(() => call('exemplars.moveStage', input)),
    addEvidence: (modelId, file) =>
      change(async () =>
        call('exemplars.addEvidence', {
          modelId,
          file: { fileName: file.name, base64: await fileToBase64(file) },
        }),
      ),
    removeEvidence: (attachmentId) => change(() => call('exemplars.removeEvidence', { attachmentId })),
    openEvidence: async (attachmentId) => {
      try {
        return { ok: true, value: await call('exemplars.openEvidence', { attachmentId }) };
      } catch (error) {
        return failureOf(error);
      }
    },
  };
});
