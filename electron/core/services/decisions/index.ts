import { decisionsContext, type DecisionsDeps } from './context';
import { releaseCandidatesOfLines } from '../../db/repos/proposal-candidates';
import { lineParts, refreshMoney } from './lines';
import { signingParts } from './signing';
import { correctionParts } from './corrections';
import { pasteCommitPart } from './paste-commit';
import { requireFreeNumber, requireKnownReferences } from './checks';
import { columnsOf, editableFields, toColumns, toDecision, toSummary } from './values';
import {
  getDecisionRecord,
  insertDecision,
  isDuplicateNumberError,
  listDecisionRecords,
  trashDecision,
  updateDecision,
  usedNumbers,
  type DecisionColumns,
  type DecisionRecord,
} from '../../db/repos/decisions';
import { AppError } from '../../../../shared/errors';
import { formatDecisionNumber, nextDecisionNumber } from '../../../../shared/rules/decision-number';
import type { DecisionsService } from './types';

export type { DecisionsService } from './types';
export type { DecisionsDeps } from './context';

/** Decisions (Quyết định khen thưởng) and their lists; see types.ts for the contract. */
export function createDecisionsService(deps: DecisionsDeps): DecisionsService {
  const ctx = decisionsContext(deps);
  const { db, settings } = deps;
  const reread = (id: number) => toDecision(getDecisionRecord(db, id) as DecisionRecord);

  /** Runs a write that sets a number; the UNIQUE(year, number) of a concurrent save becomes the same CONFLICT. */
  const withNumber = <T>(columns: DecisionColumns, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (!isDuplicateNumberError(error)) throw error;
      const message = `Số ${columns.numberText ?? ''} đã được dùng trong năm ${columns.year}.`;
      throw new AppError('CONFLICT', message, { cause: error, fields: { number: message } });
    }
  };

  return {
    list: (filters) => listDecisionRecords(db, filters).map(toSummary),
    get: (id) => toDecision(ctx.find(id)),

    suggestNumber(year) {
      const number = nextDecisionNumber(usedNumbers(db, year));
      return { number, numberText: formatDecisionNumber(number, settings.get().decisionSuffix) };
    },

    create(values) {
      const columns = toColumns(values, settings.get().decisionSuffix);
      requireKnownReferences(db, values);
      if (columns.number !== null)
        requireFreeNumber(db, columns.year, columns.number, columns.numberText!, null);
      return withNumber(columns, () =>
        ctx.write((at) => {
          const id = insertDecision(db, columns, at);
          return {
            result: reread(id),
            audit: { entityId: id, action: 'create', after: editableFields(columns) },
          };
        }),
      );
    },

    update(id, values) {
      const d = ctx.findDraft(id, 'sửa trực tiếp');
      const columns = toColumns(values, settings.get().decisionSuffix);
      requireKnownReferences(db, values, d.catalogueId);
      if (columns.number !== null)
        requireFreeNumber(db, columns.year, columns.number, columns.numberText!, id);
      const before = editableFields(columnsOf(d));
      const after = editableFields(columns);
      if (JSON.stringify(before) === JSON.stringify(after)) return toDecision(d);
      return withNumber(columns, () =>
        ctx.write((at) => {
          updateDecision(db, id, columns, at);
          // The date, period or award may have changed: the money of a draft follows them.
          refreshMoney(ctx, id, at);
          return { result: reread(id), audit: { entityId: id, action: 'update', before, after } };
        }),
      );
    },

    ...signingParts(ctx),
    ...correctionParts(ctx),

    delete(id) {
      const d = ctx.find(id);
      if (d.status !== 'draft')
        throw new AppError(
          'CONFLICT',
          d.status === 'signed'
            ? 'Quyết định đã ký không xóa được; nếu cần, hãy hủy quyết định (ghi rõ lý do).'
            : 'Quyết định đã hủy được giữ lại làm hồ sơ, không xóa được.',
        );
      return ctx.write((at) => {
        releaseCandidatesOfLines(db, { decisionId: id }, at);
        trashDecision(db, id, at);
        return {
          result: { id },
          audit: {
            entityId: id,
            action: 'delete',
            before: editableFields(columnsOf(d)),
            after: { deletedAt: at },
          },
        };
      });
    },

    ...lineParts(ctx),
    ...pasteCommitPart(ctx),
  };
}
