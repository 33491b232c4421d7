import { create } from 'zustand';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type {
  AddRecipientsResult,
  AwardLine,
  Decision,
  DecisionCorrection,
  DecisionInput,
  LineHint,
  PasteCommitResult,
  PastePreview,
  RecipientRef,
} from '../../../../shared/schemas/decisions';
import type { InputOf } from '../../../../shared/api/contract';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { runMutation, type MutationResult } from '../../components/mutation';
import { latestRequest, type LoadStatus as Status } from '../../components/latestLoad';

interface DecisionPageState {
  id: number | null;
  decision: Decision | null;
  lines: AwardLine[];
  hints: LineHint[];
  corrections: DecisionCorrection[];
  status: Status;
  error: string | null;
  busy: boolean;
  load(id: number): Promise<void>;
  /** Reads the decision, its list, hints and corrections again after a change. */
  refresh(): Promise<void>;
  update(values: DecisionInput): Promise<MutationResult<Decision>>;
  correct(values: DecisionInput, reason: string): Promise<MutationResult<Decision>>;
  sign(): Promise<MutationResult<Decision>>;
  cancel(reason: string): Promise<MutationResult<Decision>>;
  remove(): Promise<MutationResult<{ id: number }>>;
  addRecipients(recipients: RecipientRef[]): Promise<MutationResult<AddRecipientsResult>>;
  updateLine(input: InputOf<'decisions.updateLine'>): Promise<MutationResult<AwardLine>>;
  correctLine(input: InputOf<'decisions.correctLine'>): Promise<MutationResult<AwardLine>>;
  removeLines(lineIds: number[]): Promise<MutationResult<{ removed: number }>>;
  reorder(kind: RecipientKind, lineIds: number[]): Promise<MutationResult<AwardLine[]>>;
  pastePreview(kind: RecipientKind, text: string): Promise<MutationResult<PastePreview>>;
  pasteCommit(
    input: Omit<InputOf<'decisions.pasteCommit'>, 'decisionId'>,
  ): Promise<MutationResult<PasteCommitResult>>;
}

/** The decision page (#/khen-thuong/quyet-dinh/<id>): the decision, its list and what changes them. */
export const useDecisionPage = create<DecisionPageState>()((set, get) => {
  const idOf = () => {
    const id = get().id;
    if (id === null) throw new Error('No decision loaded');
    return id;
  };

  const startRefresh = latestRequest();

  const change = <T>(run: (id: number) => Promise<T>, refresh = true) =>
    runMutation(
      (busy) => set({ busy }),
      () => run(idOf()),
      refresh ? () => get().refresh() : undefined,
    );

  return {
    id: null,
    decision: null,
    lines: [],
    hints: [],
    corrections: [],
    status: 'idle',
    error: null,
    busy: false,

    load: async (id) => {
      const same = get().id === id;
      set({
        id,
        status: 'loading',
        error: null,
        ...(same ? {} : { decision: null, lines: [], hints: [], corrections: [] }),
      });
      await get().refresh();
    },

    refresh: async () => {
      const id = get().id;
      if (id === null) return;
      const isLatest = startRefresh();
      try {
        const [decision, lines, hints, corrections] = await Promise.all([
          call('decisions.get', { id }),
          call('decisions.lines', { id }),
          call('decisions.hints', { id }),
          call('decisions.corrections', { id }),
        ]);
        if (isLatest()) set({ decision, lines, hints, corrections, status: 'ready', error: null });
      } catch (error) {
        if (isLatest()) set({ status: 'error', error: messageOf(error) });
      }
    },

    update: (values) => change((id) => call('decisions.update', { id, values })),
    correct: (values, reason) => change((id) => call('decisions.correct', { id, values, reason })),
    sign: () => change((id) => call('decisions.sign', { id })),
    cancel: (reason) => change((id) => call('decisions.cancel', { id, reason })),
    remove: () => change((id) => call('decisions.delete', { id }), false),
    addRecipients: (recipients) =>
      change((decisionId) => call('decisions.addRecipients', { decisionId, recipients })),
    updateLine: (input) => change(() => call('decisions.updateLine', input)),
    correctLine: (input) => change(() => call('decisions.correctLine', input)),
    removeLines: (lineIds) => change((decisionId) => call('decisions.removeLines', { decisionId, lineIds })),
    reorder: (kind, lineIds) =>
      change((decisionId) => call('decisions.reorderLines', { decisionId, kind, lineIds })),
    pastePreview: (kind, text) =>
      change((decisionId) => call('decisions.pastePreview', { decisionId, kind, text }), false),
    pasteCommit: (input) => change((decisionId) => call('decisions.pasteCommit', { decisionId, ...input })),
  };
});
