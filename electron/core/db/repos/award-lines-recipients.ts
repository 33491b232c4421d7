import type { Db } from '../types';
import { prepared } from './prepared';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { Gender, StaffCategory } from '../../../../shared/domain/registry';

/** What a new line snapshots of its recipient, as the registry holds it now. */
export interface RecipientSnapshot {
  name: string;
  positionUnit: string | null;
  staffCategory: StaffCategory | null;
  /** A household head's gender ("Gia đình ông/bà"); null for other kinds or when not known. */
  headGender: Gender | null;
  deletedAt: string | null;
}

/**
 * A person prints as "position, unit name" (empty parts skipped), a unit under its parent's name,
 * a household with its address. Null when there is no such record.
 */
export function recipientSnapshot(db: Db, kind: RecipientKind, id: number): RecipientSnapshot | null {
  if (kind === 'individual') {
    const r = prepared(
      db,
      `SELECT p.full_name AS name, p.position, u.name AS unitName, p.staff_category AS staffCategory,
         p.deleted_at AS deletedAt
       FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ?`,
    ).get(id) as
      | {
          name: string;
          position: string | null;
          unitName: string | null;
          staffCategory: StaffCategory | null;
          deletedAt: string | null;
        }
      | undefined;
    if (!r) return null;
    const parts = [r.position, r.unitName].filter((s): s is string => s !== null && s.trim() !== '');
    return {
      name: r.name,
      positionUnit: parts.length ? parts.join(', ') : null,
      staffCategory: r.staffCategory,
      headGender: null,
      deletedAt: r.deletedAt,
    };
  }
  if (kind === 'collective') {
    const r = prepared(
      db,
      `SELECT u.name, parent.name AS parentName, u.deleted_at AS deletedAt
       FROM units u LEFT JOIN units parent ON parent.id = u.parent_id WHERE u.id = ?`,
    ).get(id) as { name: string; parentName: string | null; deletedAt: string | null } | undefined;
    return r
      ? {
          name: r.name,
          positionUnit: r.parentName,
          staffCategory: null,
          headGender: null,
          deletedAt: r.deletedAt,
        }
      : null;
  }
  const r = prepared(
    db,
    'SELECT head_name AS name, head_gender AS headGender, address, deleted_at AS deletedAt FROM households WHERE id = ?',
  ).get(id) as
    { name: string; headGender: Gender | null; address: string | null; deletedAt: string | null } | undefined;
  return r
    ? {
        name: r.name,
        positionUnit: r.address,
        staffCategory: null,
        headGender: r.headGender,
        deletedAt: r.deletedAt,
      }
    : null;
}

/** A catalogue entry as a line needs it: may it go to this kind of recipient, and for how much. */
export interface CatalogueTerms {
  id: number;
  name: string;
  kind: 'title' | 'form';
  rank: number;
  active: boolean;
  allows: Record<RecipientKind, boolean>;
  permille: Record<RecipientKind, number | null>;
}

export function catalogueTerms(db: Db, id: number): CatalogueTerms | null {
  const r = prepared(
    db,
    `SELECT id, name, kind, rank, active, allows_collective AS ac, allows_individual AS ai,
       allows_household AS ah, coefficient_collective_permille AS pc,
       coefficient_individual_permille AS pi, coefficient_household_permille AS ph
     FROM award_catalogue WHERE id = ?`,
  ).get(id) as
    | {
        id: number;
        name: string;
        kind: 'title' | 'form';
        rank: number;
        active: number;
        ac: number;
        ai: number;
        ah: number;
        pc: number | null;
        pi: number | null;
        ph: number | null;
      }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    rank: r.rank,
    active: r.active === 1,
    allows: { collective: r.ac === 1, individual: r.ai === 1, household: r.ah === 1 },
    permille: { collective: r.pc, individual: r.pi, household: r.ph },
  };
}
