import type { DecisionsContext } from './context';
import { findLine } from './lines';
import { inPrintOrder } from './order';
import { columnsOf, editableFields, toColumns, toDecision, type EditableFields } from './values';
import { requireFreeNumber, requireKnownReferences } from './checks';
import {
  getDecisionRecord,
  isDuplicateNumberError,
  updateDecision,
  type DecisionRecord,
} from '../../db/repos/decisions';
import { insertCorrection, listCorrections } from '../../db/repos/decisions-corrections';
import { listLineRecords, updateLineText } from '../../db/repos/award-lines';
import { getCatalogueEntry } from '../../db/repos/catalogue';
import { prepared } from '../../db/repos/prepared';
import { AppError } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/rules/dates';
import { DECISION_METHOD_LABELS, RECIPIENT_ORDER_LABELS } from '../../../../shared/domain/decisions';
import type { DecisionCorrection } from '../../../../shared/schemas/decisions';
import type { Db } from '../../db/types';
import type { DecisionsService } from './types';

const FIELD_LABELS: Record<string, string> = {
  numberText: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  signer: 'Người ký',
  subject: 'Trích yếu',
  legalBases: 'Căn cứ',
  movementId: 'Phong trào thi đua',
  catalogueId: 'Danh hiệu, hình thức khen thưởng',
  achievementFrom: 'Thành tích từ ngày',
  achievementTo: 'Thành tích đến ngày',
  method: 'Hình thức khen',
  defaultAchievement: 'Thành tích chung',
  recipientOrder: 'Thứ tự danh sách',
  name: 'Tên',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
};

const EMPTY = '(trống)';

/** A recorded value as the user reads it: dates dd/mm/yyyy, names for ids, labels for codes. */
function display(db: Db, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'decisionDate' || field === 'achievementFrom' || field === 'achievementTo')
    return formatDate(value as string);
  if (field === 'legalBases') return (value as string[]).length ? (value as string[]).join('; ') : EMPTY;
  if (field === 'catalogueId') return getCatalogueEntry(db, value as number)?.name ?? `#${String(value)}`;
  if (field === 'movementId') {
    const row = prepared(db, 'SELECT name FROM movements WHERE id = ?').get(value) as
      { name: string } | undefined;
    return row?.name ?? `#${String(value)}`;
  }
  if (field === 'method')
    return DECISION_METHOD_LABELS[value as keyof typeof DECISION_METHOD_LABELS] ?? String(value);
  if (field === 'recipientOrder')
    return RECIPIENT_ORDER_LABELS[value as keyof typeof RECIPIENT_ORDER_LABELS] ?? String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// Line corrections are recorded under "lines.<id>.<field>" so one table holds both kinds.
const LINE_KEY = /^lines\.(\d+)\.(\w+)$/;

/** Only the fields whose values differ, before and after. */
function changedFields(before: object, after: object) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      b[key] = old;
      a[key] = value;
    }
  }
  return { before: b, after: a };
}

const NOTHING = 'Không có thay đổi nào để đính chính.';

export function correctionParts(
  ctx: DecisionsContext,
): Pick<DecisionsService, 'correct' | 'corrections' | 'correctLine'> {
  const { db, settings } = ctx.deps;

  const findSigned = (id: number): DecisionRecord => {
    const d = ctx.find(id);
    if (d.status !== 'signed')
      throw new AppError(
        'CONFLICT',
        d.status === 'draft'
          ? 'Dự thảo chưa ký: hãy sửa trực tiếp, không cần đính chính.'
          : 'Quyết định đã hủy nên không đính chính được.',
      );
    return d;
  };

  const record = (
    decisionId: number,
    at: string,
    reason: string,
    change: { before: object; after: object },
  ) => insertCorrection(db, { decisionId, at, actor: settings.actor(), reason, ...change });

  return {
    correct(id, values, reason) {
      const d = findSigned(id);
      // A signed decision keeps what signing required (the CHECK would refuse it anyway).
      const missing: Record<string, string> = {};
      if (values.number === null) missing.number = 'Quyết định đã ký phải có số.';
      if (values.decisionDate === null) missing.decisionDate = 'Quyết định đã ký phải có ngày.';
      if (values.signer === null) missing.signer = 'Quyết định đã ký phải có người ký.';
      if (values.subject === null) missing.subject = 'Quyết định đã ký phải có trích yếu.';
      if (values.catalogueId === null)
        missing.catalogueId = 'Quyết định đã ký phải có danh hiệu, hình thức khen thưởng.';
      if (Object.keys(missing).length > 0)
        throw new AppError('VALIDATION', Object.values(missing).join(' '), { fields: missing });
      const columns = toColumns(values, settings.get().decisionSuffix);
      // The suffix may have changed in settings since signing: an unchanged number keeps its printed text.
      if (columns.number === d.number) columns.numberText = d.numberText;
      const change = changedFields(editableFields(columnsOf(d)), editableFields(columns)) as {
        before: Partial<EditableFields>;
        after: Partial<EditableFields>;
      };
      if (Object.keys(change.after).length === 0) throw new AppError('VALIDATION', NOTHING);
      requireKnownReferences(db, values, d.catalogueId);
      if (columns.number !== null && (columns.number !== d.number || columns.year !== d.year))
        requireFreeNumber(db, columns.year, columns.number, columns.numberText as string, id);
      try {
        return ctx.write((at) => {
          updateDecision(db, id, columns, at);
          record(id, at, reason, change);
          return {
            result: toDecision(getDecisionRecord(db, id) as DecisionRecord),
            audit: { entityId: id, action: 'correct', ...change, note: reason },
          };
        });
      } catch (error) {
        if (!isDuplicateNumberError(error)) throw error;
        const message = `Số ${columns.numberText ?? ''} đã được dùng trong năm ${columns.year}.`;
        throw new AppError('CONFLICT', message, { cause: error, fields: { number: message } });
      }
    },

    corrections(id) {
      ctx.find(id);
      const lineNames = new Map(listLineRecords(db, id).map((l) => [l.id, l.name]));
      return listCorrections(db, id).map((c): DecisionCorrection => ({
        id: c.id,
        at: c.at,
        actor: c.actor,
        reason: c.reason,
        changes: Object.keys(c.after).map((key) => {
          const line = LINE_KEY.exec(key);
          const field = line ? (line[2] as string) : key;
          const label = FIELD_LABELS[field] ?? field;
          const lineName = line ? (lineNames.get(Number(line[1])) ?? `dòng #${line[1]}`) : null;
          return {
            field: lineName === null ? label : `${label} (dòng “${lineName}”)`,
            before: display(db, field, c.before[key]),
            after: display(db, field, c.after[key]),
          };
        }),
      }));
    },

    correctLine({ lineId, name, positionUnit, achievement, reason }) {
      const line = findLine(ctx, lineId);
      findSigned(line.decisionId);
      const pick = (l: { name: string; positionUnit: string | null; achievement: string | null }) => ({
        [`lines.${lineId}.name`]: l.name,
        [`lines.${lineId}.positionUnit`]: l.positionUnit,
        [`lines.${lineId}.achievement`]: l.achievement,
      });
      const change = changedFields(pick(line), pick({ name, positionUnit, achievement }));
      if (Object.keys(change.after).length === 0) throw new AppError('VALIDATION', NOTHING);
      return ctx.write((at) => {
        updateLineText(db, lineId, { name, positionUnit, achievement, catalogueId: line.catalogueId }, at);
        record(line.decisionId, at, reason, change);
        const d = getDecisionRecord(db, line.decisionId) as DecisionRecord;
        const result = inPrintOrder(listLineRecords(db, d.id), d.recipientOrder).find(
          (l) => l.id === lineId,
        )!;
        return {
          result,
          audit: { entityId: line.decisionId, action: 'correct', ...change, note: reason },
        };
      });
    },
  };
}
