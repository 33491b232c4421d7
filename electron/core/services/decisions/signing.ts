import type { DecisionsContext } from './context';
import { needsBaseSalary, recomputeMoney } from './money';
import { inPrintOrder } from './order';
import { columnsOf, editableFields, toDecision } from './values';
import {
  getDecisionRecord,
  isDuplicateNumberError,
  markCancelled,
  markSigned,
  updateDecision,
  usedNumbers,
  type DecisionRecord,
} from '../../db/repos/decisions';
import { listLineRecords, maxRegisterNumber, setRegisterNumber } from '../../db/repos/award-lines';
import { snapshotHeadGenders } from '../../db/repos/award-head-genders';
import { AppError } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/rules/dates';
import { formatDecisionNumber, nextDecisionNumber } from '../../../../shared/rules/decision-number';
import type { DecisionsService } from './types';

/** Everything a decision needs before it is signed; each missing item with its field. */
function missingForSigning(ctx: DecisionsContext, d: DecisionRecord): Record<string, string> {
  const { db } = ctx.deps;
  const missing: Record<string, string> = {};
  if (d.decisionDate === null) missing.decisionDate = 'ngày quyết định';
  if (d.signerName === null) missing.signer = 'người ký';
  if (d.subject === null) missing.subject = 'trích yếu';
  if (d.catalogueId === null) missing.catalogueId = 'danh hiệu, hình thức khen thưởng';
  if (d.collectiveCount + d.individualCount + d.householdCount === 0)
    missing.lines = 'danh sách khen thưởng (ít nhất một dòng)';
  else if (d.decisionDate !== null && needsBaseSalary(db, d, d.decisionDate))
    missing.decisionDate = `mức lương cơ sở áp dụng vào ngày ${formatDate(d.decisionDate)} (thêm trong Danh mục)`;
  return missing;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function signingParts(ctx: DecisionsContext): Pick<DecisionsService, 'sign' | 'cancel'> {
  const { db, settings } = ctx.deps;
  const reread = (id: number) => toDecision(getDecisionRecord(db, id) as DecisionRecord);

  return {
    sign(id) {
      const d = ctx.findDraft(id, 'ký lại');
      const missing = missingForSigning(ctx, d);
      if (Object.keys(missing).length > 0) {
        const fields = Object.fromEntries(
          Object.entries(missing).map(([field, what]) => [field, `Chưa có ${what}.`]),
        );
        throw new AppError(
          'VALIDATION',
          `Chưa ký được quyết định vì còn thiếu: ${Object.values(missing).join('; ')}.`,
          { fields },
        );
      }
      const s = settings.get();
      const before = editableFields(columnsOf(d));
      try {
        return ctx.write((at) => {
          let signed = d;
          if (d.number === null) {
            // Signing gives the next free number of the year, as the register book would.
            const number = nextDecisionNumber(usedNumbers(db, d.year));
            updateDecision(
              db,
              id,
              { ...columnsOf(d), number, numberText: formatDecisionNumber(number, s.decisionSuffix) },
              at,
            );
            signed = getDecisionRecord(db, id) as DecisionRecord;
          }
          recomputeMoney(db, signed, signed.decisionDate as string, s.householdRounding, at);
          snapshotHeadGenders(db, id, at);
          // Số sổ vàng in list order; a per-year register restarts each year, a single one never does.
          let next = maxRegisterNumber(db, s.registerNumbering === 'per_year' ? signed.year : null);
          for (const line of inPrintOrder(listLineRecords(db, id), signed.recipientOrder))
            setRegisterNumber(db, line.id, signed.year, ++next, at);
          markSigned(db, id, at);
          const after = getDecisionRecord(db, id) as DecisionRecord;
          return {
            result: toDecision(after),
            audit: {
              entityId: id,
              action: 'sign',
              before: { status: 'draft', ...before },
              after: {
                status: 'signed',
                ...editableFields(columnsOf(after)),
                totalAmount: after.totalAmount,
              },
            },
          };
        });
      } catch (error) {
        if (!isDuplicateNumberError(error)) throw error;
        throw new AppError('CONFLICT', 'Số quyết định vừa được dùng cho quyết định khác; hãy ký lại.', {
          cause: error,
          fields: { number: 'Số quyết định vừa được dùng cho quyết định khác.' },
        });
      }
    },

    cancel(id, reason) {
      const d = ctx.find(id);
      if (d.status === 'draft')
        throw new AppError('CONFLICT', 'Dự thảo chưa ký nên không cần hủy: hãy xóa dự thảo.');
      if (d.status === 'cancelled')
        throw new AppError(
          'CONFLICT',
          `Quyết định ${d.numberText ?? ''} đã được hủy từ trước.`.replace('  ', ' '),
        );
      return ctx.write((at) => {
        markCancelled(db, id, reason, at);
        return {
          result: reread(id),
          audit: {
            entityId: id,
            action: 'cancel',
            before: { status: 'signed' },
            after: { status: 'cancelled', cancelReason: reason },
            note: capitalize(reason),
          },
        };
      });
    },
  };
}
