/**
 * Which units must send their yearly report (domain.md: units report to the ward before 10/12):
 * units not in the trash, active on the year's deadline (started on or before it, not deactivated
 * by it), taking part in at least one movement of the year — not in the trash, past its draft, its
 * period covering the year. Parameters: @year, @deadline (ISO date of the year's deadline).
 * Shared by the unit reports screen, the statistics table and the dashboard so all three agree.
 */
export const EXPECTED_UNIT = `u.deleted_at IS NULL
  AND (u.active_from IS NULL OR u.active_from <= @deadline)
  AND (u.active_to IS NULL OR u.active_to > @deadline)
  AND EXISTS (
    SELECT 1 FROM movement_units mu JOIN movements m ON m.id = mu.movement_id
    WHERE mu.unit_id = u.id AND m.deleted_at IS NULL AND m.status <> 'draft'
      AND m.period_from_year <= @year AND m.period_to_year >= @year)`;

/**
 * A report received (row `r` of unit_reports) is on time when received on or before @deadline. The
 * stored `on_time` column records the judgement made when it was saved; every figure recomputes it
 * from the date so a corrected deadline setting applies to all reports at once.
 */
export const REPORT_ON_TIME = `r.received_on <= @deadline`;
