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
import { failureOf, runMutation, type MutationResult } from '../../components/mutation';
import { latestLoader, type LoadStatus } from '../../components/latestLoad';
import { detailReader, reloadListAndDetail, type DetailFields } from '../../components/detailLoad';
import { fileToBase64 } from '../transfer/base64';

interface Detail extends DetailFields {
  model: Exemplar | null;
  evidence: Evidence[];
}

const NO_DETAIL: Detail = { id: null, status: 'idle', error: null, model: null, evidence: [] };

export type BoardFilters = Required<Omit<ExemplarListQuery, 'stage' | 'year'>>;

interface ExemplarsState {
  filters: BoardFilters;
  status: LoadStatus;
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

export const useExemplars = create<ExemplarsState>()((set, get) => {
  // A board already shown stays on screen while it reads again.
  const loadBoard = latestLoader<ExemplarsState>(set, (s) => (s.status === 'ready' ? 'ready' : 'loading'));
  const readDetail = detailReader<Detail>({ set, get }, NO_DETAIL);

  /** Runs a write, then reads the board and the open model again. */
  const change = <T>(run: () => Promise<T>) =>
    runMutation(
      (busy) => set({ busy }),
      run,
      () => reloadListAndDetail(get()),
    );

  return {
    filters: { search: '', field: null, movementId: null, subjectKind: null },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    movements: [],
    busy: false,

    load: () => loadBoard(async () => ({ rows: await call('exemplars.list', get().filters) })),
    setFilters: (next) => {
      set((s) => ({ filters: { ...s.filters, ...next } }));
      void get().load();
    },
    loadDetail: (id) =>
      readDetail(id, async () => {
        const [model, evidence] = await Promise.all([
          call('exemplars.get', { id }),
          call('exemplars.listEvidence', { modelId: id }),
        ]);
        return { model, evidence };
      }),
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
