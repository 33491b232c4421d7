import type { Db } from '../../types';
import { prepared } from '../prepared';
import type { PackageAward } from '../../../../../shared/schemas/city-package';

/**
 * Every line of the year's signed decisions as the city package lists it (LAYOUT.md, "awards"), in
 * one statement: decisions by date and number (index decisions_lookup of migration 007), each
 * decision's lines in list order as printed: sections (tập thể, cá nhân, hộ gia đình), then the
 * số sổ vàng (given at signing in print order, Vietnamese name order included), then the position. Names, positions and staff categories are the snapshots printed on the list; the
 * achievement is the line's own or the decision's common one. Drafts and cancelled decisions are
 * left out.
 */
export const PACKAGE_AWARDS_SQL = `SELECT d.number_text AS decisionNumber, d.decision_date AS decisionDate, d.method AS method,
    c.name AS award, c.kind AS awardKind, a.recipient_kind AS recipientKind,
    a.staff_category_snapshot AS staffCategory, a.recipient_name_snapshot AS name,
    a.position_unit_snapshot AS positionUnit, coalesce(a.achievement, d.default_achievement) AS achievement,
    a.amount AS amount, a.register_number AS registerNumber
  FROM decisions d
  JOIN awards a ON a.decision_id = d.id
  JOIN award_catalogue c ON c.id = a.catalogue_id
  WHERE d.status = 'signed' AND d.year = @year
  ORDER BY d.decision_date, d.number, d.id,
    CASE a.recipient_kind WHEN 'collective' THEN 0 WHEN 'individual' THEN 1 ELSE 2 END, a.register_number,
    a.position, a.id`;

export function listPackageAwards(db: Db, year: number): PackageAward[] {
  return prepared(db, PACKAGE_AWARDS_SQL).all({ year }) as PackageAward[];
}
