import type { DecisionsContext } from './context';
import { releaseCandidatesOfLines } from '../../db/repos/proposal-candidates';
import { moneyDate, recomputeMoney } from './money';
import { inPrintOrder } from './order';
import type { DecisionRecord } from '../../db/repos/decisions';
import { getDecisionRecord } from '../../db/repos/decisions';
import {
  deleteLine,
  getLineRecord,
  insertLine,
  listLineRecords,
  setLinePosition,
  updateLineText,
  type LineRecord,
} from '../../db/repos/award-lines';
import {
  catalogueTerms,
  recipientSnapshot,
  type CatalogueTerms,
} from '../../db/repos/award-lines-recipients';
import { AppError } from '../../../../shared/errors';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import { todayIso } from '../../../../shared/rules/dates';
import type { AddRecipientsResult, AwardLine } from '../../../../shared/schemas/decisions';
import type { DecisionsService, RecipientRefValues } from './types';

type LineParts = Pick<
  DecisionsService,
  'lines' | 'addRecipients' | 'updateLine' | 'removeLines' | 'reorderLines'
>;

/** A recipient to add, with the printed position/unit when the caller knows better than the registry. */
export interface NewRecipient extends RecipientRefValues {
  positionUnit?: string | null;
}

/** Recomputes the money of a draft's lines (on its date, or today when undated). */
export function refreshMoney(ctx: DecisionsContext, decisionId: number, at: string): void {
  const { db, clock, settings } = ctx.deps;
  const d = getDecisionRecord(db, decisionId) as DecisionRecord;
  recomputeMoney(db, d, moneyDate(d, todayIso(clock.now())), settings.get().householdRounding, at);
}

/** The catalogue entry a line gets, refused when missing, retired, or not meant for the recipient kind. */
export function requireTerms(
  ctx: DecisionsContext,
  catalogueId: number | null,
  kind: RecipientKind,
  name: string,
): CatalogueTerms {
  if (catalogueId === null) {
    throw new AppError(
      'VALIDATION',
      `Chưa chọn danh hiệu, hình thức khen thưởng cho “${name}”: hãy chọn cho quyết định hoặc cho từng dòng.`,
      { fields: { catalogueId: 'Vui lòng chọn danh hiệu, hình thức khen thưởng.' } },
    );
  }
  const terms = catalogueTerms(ctx.deps.db, catalogueId);
  if (!terms) throw new AppError('VALIDATION', 'Không tìm thấy danh hiệu, hình thức khen thưởng đã chọn.');
  if (!terms.allows[kind]) {
    const message = `“${terms.name}” không dùng để khen ${RECIPIENT_KIND_LABELS[kind].toLowerCase()} (“${name}”).`;
    throw new AppError('VALIDATION', message, { fields: { catalogueId: message } });
  }
  return terms;
}

/**
 * Adds lines at the end of their sections, snapshotting what the registry prints for each
 * recipient; a recipient already listed with the same award is skipped. No transaction of its own:
 * callers run it inside theirs.
 */
export function appendLines(
  ctx: DecisionsContext,
  d: DecisionRecord,
  recipients: readonly NewRecipient[],
  at: string,
  /** Turns the error of the i-th recipient into the caller's own (pasted rows name their row). */
  errorOf: (error: unknown, index: number) => unknown = (error) => error,
): AddRecipientsResult & { names: string[] } {
  const { db } = ctx.deps;
  const listed = new Set(
    listLineRecords(db, d.id).map((l) => `${l.recipientKind}:${l.recipientId}:${l.catalogueId}`),
  );
  const skipped: AddRecipientsResult['skipped'] = [];
  const names: string[] = [];
  const addOne = (ref: NewRecipient): void => {
    const snap = recipientSnapshot(db, ref.kind, ref.id);
    const kindLabel = RECIPIENT_KIND_LABELS[ref.kind].toLowerCase();
    if (!snap) throw new AppError('VALIDATION', `Không tìm thấy ${kindLabel} cần thêm (mã ${ref.id}).`);
    if (snap.deletedAt !== null)
      throw new AppError(
        'VALIDATION',
        `“${snap.name}” đang ở thùng rác; hãy khôi phục trước khi khen thưởng.`,
      );
    const terms = requireTerms(ctx, ref.catalogueId ?? d.catalogueId, ref.kind, snap.name);
    const key = `${ref.kind}:${ref.id}:${terms.id}`;
    if (listed.has(key)) {
      skipped.push({ name: snap.name, reason: `Đã có trong danh sách với “${terms.name}”.` });
      return;
    }
    if (!terms.active)
      throw new AppError('VALIDATION', `“${terms.name}” đã ngừng sử dụng nên không thêm vào danh sách được.`);
    listed.add(key);
    insertLine(
      db,
      {
        decisionId: d.id,
        recipientKind: ref.kind,
        recipientId: ref.id,
        name: snap.name,
        positionUnit: ref.positionUnit ?? snap.positionUnit,
        staffCategory: snap.staffCategory,
        headGender: snap.headGender,
        achievement: ref.achievement ?? null,
        catalogueId: terms.id,
        proposalCandidateId: ref.proposalCandidateId ?? null,
      },
      at,
    );
    names.push(snap.name);
  };
  recipients.forEach((ref, index) => {
    try {
      addOne(ref);
    } catch (error) {
      throw errorOf(error, index);
    }
  });
  return { added: names.length, skipped, names };
}

/** A line of a live decision; NOT_FOUND otherwise. */
export function findLine(ctx: DecisionsContext, lineId: number): LineRecord {
  const line = getLineRecord(ctx.deps.db, lineId);
  if (!line) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng này trong danh sách (có thể đã bị xóa).');
  ctx.find(line.decisionId);
  return line;
}

export function lineParts(ctx: DecisionsContext): LineParts {
  const { db } = ctx.deps;
  const lines = (decisionId: number): AwardLine[] =>
    inPrintOrder(listLineRecords(db, decisionId), ctx.find(decisionId).recipientOrder);
  const lineById = (decisionId: number, lineId: number) => {
    const line = lines(decisionId).find((l) => l.id === lineId);
    if (!line) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng này trong danh sách.');
    return line;
  };

  return {
    lines,

    addRecipients(decisionId, recipients) {
      const d = ctx.findDraft(decisionId, 'thêm người vào danh sách');
      return ctx.write((at) => {
        const { names, ...result } = appendLines(ctx, d, recipients, at);
        if (result.added === 0) return { result, audit: null };
        refreshMoney(ctx, decisionId, at);
        return {
          result,
          audit: {
            entityId: decisionId,
            action: 'update',
            after: { addedLines: names },
            note: `Thêm ${result.added} dòng vào danh sách khen thưởng.`,
          },
        };
      });
    },

    updateLine({ lineId, positionUnit, achievement, catalogueId }) {
      const before = findLine(ctx, lineId);
      ctx.findDraft(before.decisionId, 'sửa danh sách');
      const terms = requireTerms(ctx, catalogueId, before.recipientKind, before.name);
      if (terms.id !== before.catalogueId) {
        const twin = listLineRecords(db, before.decisionId).find(
          (l) =>
            l.id !== lineId &&
            l.recipientKind === before.recipientKind &&
            l.recipientId === before.recipientId &&
            l.catalogueId === terms.id,
        );
        if (twin) {
          const message = `“${before.name}” đã có trong danh sách với “${terms.name}”.`;
          throw new AppError('CONFLICT', message, { fields: { catalogueId: message } });
        }
      }
      const fields = (l: {
        positionUnit: string | null;
        achievement: string | null;
        catalogueId: number;
      }) => ({
        positionUnit: l.positionUnit,
        achievement: l.achievement,
        catalogueId: l.catalogueId,
      });
      const next = { positionUnit, achievement, catalogueId: terms.id };
      if (JSON.stringify(fields(before)) === JSON.stringify(next)) return lineById(before.decisionId, lineId);
      return ctx.write((at) => {
        updateLineText(db, lineId, { name: before.name, ...next }, at);
        refreshMoney(ctx, before.decisionId, at);
        return {
          result: lineById(before.decisionId, lineId),
          audit: {
            entityId: before.decisionId,
            action: 'update',
            before: { line: before.name, ...fields(before) },
            after: { line: before.name, ...next },
            note: `Sửa dòng “${before.name}” của danh sách khen thưởng.`,
          },
        };
      });
    },

    removeLines(decisionId, lineIds) {
      ctx.findDraft(decisionId, 'sửa danh sách');
      const own = new Map(listLineRecords(db, decisionId).map((l) => [l.id, l]));
      const gone = [...new Set(lineIds)].map((id) => own.get(id));
      if (gone.some((l) => l === undefined))
        throw new AppError(
          'NOT_FOUND',
          'Có dòng không thuộc danh sách của quyết định này (có thể đã bị xóa).',
        );
      return ctx.write((at) => {
        releaseCandidatesOfLines(db, { lineIds: gone.map((l) => l!.id) }, at);
        for (const l of gone) deleteLine(db, l!.id);
        refreshMoney(ctx, decisionId, at);
        return {
          result: { removed: gone.length },
          audit: {
            entityId: decisionId,
            action: 'update',
            before: { removedLines: gone.map((l) => l!.name) },
            note: `Xóa ${gone.length} dòng khỏi danh sách khen thưởng.`,
          },
        };
      });
    },

    reorderLines(decisionId, kind, lineIds) {
      ctx.findDraft(decisionId, 'sắp xếp danh sách');
      const section = listLineRecords(db, decisionId).filter((l) => l.recipientKind === kind);
      const ids = new Set(section.map((l) => l.id));
      if (
        lineIds.length !== section.length ||
        new Set(lineIds).size !== lineIds.length ||
        !lineIds.every((id) => ids.has(id))
      )
        throw new AppError(
          'VALIDATION',
          `Thứ tự mới phải gồm đủ và mỗi dòng một lần các dòng ${RECIPIENT_KIND_LABELS[kind].toLowerCase()} của danh sách.`,
        );
      return ctx.write((at) => {
        lineIds.forEach((id, position) => setLinePosition(db, id, position, at));
        return {
          result: lines(decisionId),
          audit: {
            entityId: decisionId,
            action: 'update',
            note: `Sắp xếp lại các dòng ${RECIPIENT_KIND_LABELS[kind].toLowerCase()} của danh sách khen thưởng.`,
          },
        };
      });
    },
  };
}
