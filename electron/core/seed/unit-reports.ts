import type { Db } from '../db/types';
import { insertAudit } from '../db/repos/audit';
import { insertUnitReport, UNIT_REPORT_ENTITY } from '../db/repos/reports/unit-reports';
import { deadlineInYear } from '../../../shared/rules/deadlines';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { Random } from './random';
import type { SeedUnit, SeedUnitReport, SizeSpec } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** The units' deadline of a year as the seeded settings have it (10/12). */
const deadlineOf = (year: number): string => deadlineInYear(year, DEFAULT_SETTINGS.unitReportDeadline)!;

const ON_TIME_NOTES = ['Nhận qua hệ thống quản lý văn bản.', 'Nhận bản giấy tại bộ phận văn thư.'];
const LATE_NOTES = [
  'Đơn vị tổ chức hội nghị tổng kết muộn, gửi báo cáo sau hạn.',
  'Đã nhắc qua điện thoại; đơn vị gửi bản giấy sau hạn.',
  'Gửi lần đầu thiếu biểu số liệu, bổ sung sau hạn.',
];

/** A day from `from` to `to` (ISO dates of the same year, December at the latest). */
function dayBetween(rng: Random, year: number, from: [number, number], to: [number, number]): string {
  const month = rng.int(from[0], to[0]);
  const first = month === from[0] ? from[1] : 1;
  const last = month === to[0] ? to[1] : 28;
  return `${year}-${pad(month)}-${pad(rng.int(first, last))}`;
}

function shuffled(rng: Random, items: readonly number[]): number[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The reports the units sent each year of `size.awardYears`. Every generated unit takes part in
 * the five-year plan, so a unit must report in a year once it is active by that year's deadline.
 * Past years: most report on time, a few (about 8%, at least one) late, a few (about 6%, at least
 * one) not at all. This year (the last): about four in ten have reported so far, all before 20/11.
 */
export function generateUnitReports(
  rng: Random,
  units: readonly SeedUnit[],
  size: SizeSpec,
): SeedUnitReport[] {
  const [first, last] = size.awardYears;
  const out: SeedUnitReport[] = [];
  for (let year = first; year <= last; year++) {
    const deadline = deadlineOf(year);
    const expected = units.flatMap((u, i) =>
      u.input.activeFrom === null || u.input.activeFrom <= deadline ? [i] : [],
    );
    const add = (unit: number, receivedOn: string, note: string | null) =>
      out.push({ unit, year, receivedOn, note });
    if (year === last) {
      for (const unit of expected) {
        if (!rng.chance(0.4)) continue;
        add(
          unit,
          dayBetween(rng, year, [10, 25], [11, 20]),
          rng.chance(0.2) ? rng.pick(ON_TIME_NOTES) : null,
        );
      }
      continue;
    }
    const order = shuffled(rng, expected);
    const few = (share: number) => (order.length < 3 ? 0 : Math.max(1, Math.round(order.length * share)));
    const missing = few(0.06);
    const late = few(0.08);
    order.forEach((unit, i) => {
      if (i < missing) return;
      if (i < missing + late) add(unit, dayBetween(rng, year, [12, 11], [12, 28]), rng.pick(LATE_NOTES));
      else
        add(
          unit,
          dayBetween(rng, year, [11, 18], [12, 10]),
          rng.chance(0.15) ? rng.pick(ON_TIME_NOTES) : null,
        );
    });
  }
  return out.sort((a, b) => a.year - b.year || a.receivedOn.localeCompare(b.receivedOn) || a.unit - b.unit);
}

/** Writes the reports (judged against 10/12 of their year) with one audit row; returns how many. */
export function insertUnitReports(
  db: Db,
  reports: readonly SeedUnitReport[],
  unitIds: readonly number[],
  at: string,
  actor: string,
): number {
  for (const [i, r] of reports.entries()) {
    const unitId = unitIds[r.unit];
    if (unitId === undefined)
      throw new Error(`Seed: unitReports[${i}] points at unit ${r.unit}, which is not inserted`);
    insertUnitReport(
      db,
      {
        unitId,
        year: r.year,
        receivedOn: r.receivedOn,
        onTime: r.receivedOn <= deadlineOf(r.year),
        note: r.note,
      },
      at,
    );
  }
  insertAudit(db, {
    at,
    actor,
    entity: UNIT_REPORT_ENTITY,
    entityId: null,
    action: 'import',
    note: `Dữ liệu mẫu: ${reports.length} báo cáo của đơn vị`,
  });
  return reports.length;
}
