import type { Db } from '../types';
import { prepared } from './prepared';
import type { HintDecision, HintLine, OtherAward } from '../../../../shared/rules/eligibility';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { DecisionStatus } from '../../../../shared/domain/decisions';

/** Read queries behind the eligibility hints (shared/rules/eligibility.ts holds the rules). */

const DECISION_COLUMNS = `d.id, d.year, d.status, d.number_text AS numberText, d.decision_date AS decisionDate,
  d.achievement_from AS achievementFrom, d.achievement_to AS achievementTo`;

/** The decision, or null when there is none or it is in the trash. */
export function getHintDecision(db: Db, id: number): HintDecision | null {
  const row = prepared(
    db,
    `SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.id = ? AND d.deleted_at IS NULL`,
  ).get(id);
  return (row as HintDecision | undefined) ?? null;
}

interface RawLine {
  lineId: number;
  kind: RecipientKind;
  recipientId: number;
  catalogueId: number;
  catalogueCode: string | null;
  catalogueName: string;
  catalogueActive: number;
  allowsKind: number;
  coefficientPermille: number | null;
  paid: number;
  unitName: string | null;
  unitActiveTo: string | null;
  unitTrashed: number | null;
  successorName: string | null;
}

/** The decision's lines in list order, each with its catalogue entry and the unit it depends on. */
export function listHintLines(db: Db, decisionId: number): HintLine[] {
  const rows = prepared(
    db,
    `SELECT a.id AS lineId, a.recipient_kind AS kind, COALESCE(a.unit_id, a.person_id, a.household_id) AS recipientId,
       a.catalogue_id AS catalogueId, c.code AS catalogueCode, c.name AS catalogueName, c.active AS catalogueActive,
       CASE a.recipient_kind WHEN 'collective' THEN c.allows_collective WHEN 'individual' THEN c.allows_individual
         ELSE c.allows_household END AS allowsKind,
       CASE a.recipient_kind WHEN 'collective' THEN c.coefficient_collective_permille
         WHEN 'individual' THEN c.coefficient_individual_permille
         ELSE c.coefficient_household_permille END AS coefficientPermille,
       a.paid, u.name AS unitName, u.active_to AS unitActiveTo, u.deleted_at IS NOT NULL AS unitTrashed,
       s.name AS successorName
     FROM awards a
     JOIN award_catalogue c ON c.id = a.catalogue_id
     LEFT JOIN people p ON p.id = a.person_id
     LEFT JOIN units u ON u.id = CASE a.recipient_kind WHEN 'collective' THEN a.unit_id ELSE p.unit_id END
     LEFT JOIN units s ON s.id = u.successor_id
     WHERE a.decision_id = ?
     ORDER BY a.position, a.id`,
  ).all(decisionId) as RawLine[];
  return rows.map((r) => ({
    lineId: r.lineId,
    kind: r.kind,
    recipientId: r.recipientId,
    catalogueId: r.catalogueId,
    catalogueCode: r.catalogueCode,
    catalogueName: r.catalogueName,
    catalogueActive: r.catalogueActive === 1,
    allowsKind: r.allowsKind === 1,
    coefficientPermille: r.coefficientPermille,
    paid: r.paid === 1,
    unit:
      r.unitName === null
        ? null
        : {
            name: r.unitName,
            activeTo: r.unitActiveTo,
            successorName: r.successorName,
            trashed: r.unitTrashed === 1,
          },
  }));
}

/**
 * Awards of this decision's recipients in other decisions that count (not cancelled, not trashed).
 * One indexed lookup per recipient column (awards_person_id, awards_unit_id, awards_household_id).
 */
export function listOtherAwards(db: Db, decisionId: number): OtherAward[] {
  const part = (column: string) => `
    SELECT a.recipient_kind AS kind, a.${column} AS recipientId, a.catalogue_id AS catalogueId,
      c.code AS catalogueCode, ${DECISION_COLUMNS}
    FROM awards a
    JOIN decisions d ON d.id = a.decision_id
    JOIN award_catalogue c ON c.id = a.catalogue_id
    WHERE a.${column} IN (SELECT ${column} FROM awards WHERE decision_id = @decisionId AND ${column} IS NOT NULL)
      AND a.decision_id <> @decisionId AND d.deleted_at IS NULL AND d.status <> 'cancelled'`;
  const rows = prepared(
    db,
    `${part('person_id')} UNION ALL ${part('unit_id')} UNION ALL ${part('household_id')}`,
  ).all({ decisionId }) as (Omit<OtherAward, 'decision'> & HintDecision & { status: DecisionStatus })[];
  return rows.map(({ kind, recipientId, catalogueId, catalogueCode, ...d }) => ({
    kind,
    recipientId,
    catalogueId,
    catalogueCode,
    decision: d,
  }));
}
