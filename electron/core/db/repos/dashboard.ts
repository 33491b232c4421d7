import type { Db } from '../types';
import { prepared } from './prepared';
import type { ExemplarStage } from '../../../../shared/domain/exemplars';
import { EXPECTED_UNIT, REPORT_ON_TIME } from './reports/expected-units';

/**
 * The figures of the Tổng quan dashboard, one query each. Definitions (the UI links each figure to
 * a list, so they must be stated, not guessed):
 *
 * - Movements in progress: status `in_progress`, not in the trash, not archived. The status is
 *   the movement's state now, so the figure does not depend on the year.
 * - Units expected to register in a year: units not in the trash and active on the reference day
 *   (today for the current or a later year, 31/12 for a past year): started on or before it
 *   (`active_from` empty or not later) and not deactivated by it (`active_to` empty or later).
 * - Units not registered: of those, the ones with no registration at all as a collective for the
 *   year, whatever its status (a "chưa gửi" draft counts as registered), in any movement that is
 *   not in the trash or for the year only. Several movements in a year are common, and a unit that
 *   registered in one of them has done its yearly registration.
 * - Models by stage: exemplary models not in the trash, by current stage (the state now).
 * - Decisions of the year: by status, trashed drafts left out; cancelled ones are not counted.
 * - Award lines and money of the year: the lines of the year's signed decisions (cancelled and draft
 *   decisions have no effect yet or any more).
 * - Unit reports of a year: the units expected to report (EXPECTED_UNIT against the year's
 *   deadline, shared with the unit reports screen and the statistics), how many of them have a report
 *   of the year, how many of those came after the deadline (REPORT_ON_TIME), and how many have none.
 */

/** A unit is active on @asOf: started by then and not yet deactivated. */
const ACTIVE_UNIT = `u.deleted_at IS NULL
  AND (u.active_from IS NULL OR u.active_from <= @asOf)
  AND (u.active_to IS NULL OR u.active_to > @asOf)`;

export function countMovementsInProgress(db: Db): number {
  const row = prepared(
    db,
    `SELECT count(*) AS n FROM movements
     WHERE status = 'in_progress' AND deleted_at IS NULL AND archived_at IS NULL`,
  ).get() as { n: number };
  return row.n;
}

export function countUnitsExpected(db: Db, asOf: string): number {
  return (
    prepared(db, `SELECT count(*) AS n FROM units u WHERE ${ACTIVE_UNIT}`).get({ asOf }) as { n: number }
  ).n;
}

export function countUnitsNotRegistered(db: Db, year: number, asOf: string): number {
  const row = prepared(
    db,
    `SELECT count(*) AS n FROM units u
     WHERE ${ACTIVE_UNIT}
       AND NOT EXISTS (
         SELECT 1 FROM registrations r LEFT JOIN movements m ON m.id = r.movement_id
         WHERE r.unit_id = u.id AND r.registrant_kind = 'collective' AND r.year = @year
           AND (r.movement_id IS NULL OR m.deleted_at IS NULL))`,
  ).get({ year, asOf }) as { n: number };
  return row.n;
}

export function countModelsByStage(db: Db): Record<ExemplarStage, number> {
  const counts: Record<ExemplarStage, number> = { discovered: 0, nurtured: 0, summarized: 0, replicated: 0 };
  const rows = prepared(
    db,
    'SELECT stage, count(*) AS n FROM exemplary_models WHERE deleted_at IS NULL GROUP BY stage',
  ).all() as { stage: ExemplarStage; n: number }[];
  for (const r of rows) counts[r.stage] = r.n;
  return counts;
}

export function countDecisionsOfYear(db: Db, year: number): { signed: number; draft: number } {
  const row = prepared(
    db,
    `SELECT count(*) FILTER (WHERE status = 'signed') AS signed, count(*) FILTER (WHERE status = 'draft') AS draft
     FROM decisions WHERE year = ? AND deleted_at IS NULL`,
  ).get(year) as { signed: number; draft: number };
  return { signed: row.signed, draft: row.draft };
}

export function awardTotalsOfYear(db: Db, year: number): { lines: number; money: number } {
  const row = prepared(
    db,
    `SELECT count(*) AS lines, coalesce(sum(a.amount), 0) AS money
     FROM decisions d JOIN awards a ON a.decision_id = d.id
     WHERE d.status = 'signed' AND d.year = ?`,
  ).get(year) as { lines: number; money: number };
  return row;
}

export function unitReportsOfYear(
  db: Db,
  year: number,
  deadline: string,
): { expected: number; received: number; late: number; notReceived: number } {
  const row = prepared(
    db,
    `SELECT count(*) AS expected, count(r.id) AS received,
       count(*) FILTER (WHERE r.id IS NOT NULL AND NOT (${REPORT_ON_TIME})) AS late
     FROM units u LEFT JOIN unit_reports r ON r.unit_id = u.id AND r.year = @year
     WHERE ${EXPECTED_UNIT}`,
  ).get({ year, deadline }) as { expected: number; received: number; late: number };
  return { ...row, notReceived: row.expected - row.received };
}

/** Whether the database holds no registry or award data at all (trashed rows count as data). */
export function isDatabaseEmpty(db: Db): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM units) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM households)
       OR EXISTS (SELECT 1 FROM movements) OR EXISTS (SELECT 1 FROM decisions) AS any`,
  ).get() as { any: number };
  return row.any === 0;
}
