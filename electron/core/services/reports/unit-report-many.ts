import type { z } from 'zod';
import type { Db } from '../../db/types';
import type { auditedWriter } from '../audit-trail';
import { auditFields, checkReceivedOn, refused } from './unit-report-fields';
import { findUnitReport, insertUnitReport } from '../../db/repos/reports/unit-reports';
import { getUnitBasics } from '../../db/repos/units';
import { AppError } from '../../../../shared/errors';
import { formatNumberVi } from '../../../../shared/rules/money';
import { compareVietnamese } from '../../../../shared/rules/names';
import type {
  UnitReportRow,
  UnitReportsRecorded,
  unitReportRecordManySchema,
} from '../../../../shared/schemas/reports';

/** What recording many reports needs of the unit reports service. */
export interface RecordManyContext {
  db: Db;
  write: ReturnType<typeof auditedWriter>;
  today(): string;
  deadlineOf(year: number): string;
  rowOf(unitId: number, year: number): UnitReportRow;
}

/** How many unit names a refusal spells out before "và N đơn vị khác". */
const NAMES_SHOWN = 10;

/** "A, B, C" in Vietnamese order, the first ten and "và N đơn vị khác" after them. */
function nameList(names: string[]): string {
  const sorted = [...names].sort(compareVietnamese);
  const shown = sorted.slice(0, NAMES_SHOWN).join(', ');
  const more = sorted.length - NAMES_SHOWN;
  return more > 0 ? `${shown} và ${formatNumberVi(more)} đơn vị khác` : shown;
}

/**
 * Records the reports of several units received the same day, all in one transaction with one
 * audit row per unit (the same as a single record's). Refused whole, nothing written, when a unit
 * is unknown or in the trash, or already has a report of the year: a report is corrected one by one.
 */
export function recordManyReports(
  ctx: RecordManyContext,
  input: z.output<typeof unitReportRecordManySchema>,
): UnitReportsRecorded {
  const { db, write } = ctx;
  const { year, unitIds, receivedOn, note } = input;
  checkReceivedOn(year, receivedOn, ctx.today());
  const values = { year, receivedOn, onTime: receivedOn <= ctx.deadlineOf(year), note };

  return db.transaction(() => {
    const units = unitIds.map((id) => ({ id, unit: getUnitBasics(db, id) }));
    const gone = units.flatMap(({ id, unit }) =>
      unit === null ? [`đơn vị mã ${id}`] : unit.deletedAt !== null ? [unit.name] : [],
    );
    if (gone.length > 0)
      refused('unitIds', `Không ghi nhận được cho đơn vị không tồn tại hoặc đã bị xóa: ${nameList(gone)}.`);
    const live = units.map(({ unit }) => unit!);
    const recorded = live.filter((u) => findUnitReport(db, u.id, year) !== null).map((u) => u.name);
    if (recorded.length > 0)
      throw new AppError(
        'CONFLICT',
        `Đã có ghi nhận báo cáo của: ${nameList(recorded)}; hãy bỏ chọn hoặc sửa từng đơn vị.`,
      );

    // Each unit's change is its own audited write, a savepoint inside this transaction.
    for (const unit of live)
      write((at) => {
        const id = insertUnitReport(db, { unitId: unit.id, ...values }, at);
        return {
          result: id,
          audit: {
            entityId: id,
            action: 'create',
            after: auditFields(findUnitReport(db, unit.id, year)!),
            note: `Báo cáo năm ${year} của ${unit.name}`,
          },
        };
      });

    const rows = live
      .map((u) => ctx.rowOf(u.id, year))
      .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitId - b.unitId);
    return { recorded: live.length, rows };
  })();
}
