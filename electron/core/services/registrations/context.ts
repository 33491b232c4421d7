import { auditedWriter } from '../audit-trail';
import { requireOpenMovement } from '../movements/guard';
import type { RegistrationsDeps } from './types';
import { getRegistration } from '../../db/repos/registrations';
import { getMovementFacts, getRegistrantFacts } from '../../db/repos/registrations-scope';
import { getCatalogueEntry } from '../../db/repos/catalogue';
import { AppError } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/rules/dates';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import {
  REGISTRATION_RESULT_LABELS,
  REGISTRATION_STATUS_LABELS,
} from '../../../../shared/domain/registrations';
import type { RegistrantRef, Registration } from '../../../../shared/schemas/registrations';

export const NOT_FOUND = 'Không tìm thấy đăng ký thi đua này (có thể đã bị xóa).';

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** A registration as the audit log records it (labels, so the history reads without lookups). */
export const auditFields = (r: Registration) => ({
  movementId: r.movementId,
  movement: r.movementName,
  year: r.year,
  registrantKind: r.registrantKind,
  registrant: r.registrantName,
  titles: r.titles.map((t) => t.name),
  commitments: r.commitments,
  status: REGISTRATION_STATUS_LABELS[r.status],
  returnReason: r.returnReason,
  result: r.result === null ? null : REGISTRATION_RESULT_LABELS[r.result],
  resultNote: r.resultNote,
});

/** "năm 2026" or "phong trào “…” năm 2026": what a registration is for, in messages. */
export const scopeText = (movementName: string | null, year: number): string =>
  movementName === null ? `năm ${year}` : `phong trào “${movementName}” năm ${year}`;

/** What the parts of the service share: lookups, the guards, the audited writer. */
export function registrationsContext(deps: RegistrationsDeps) {
  const { db } = deps;
  const write = auditedWriter(deps, 'registrations');
  const today = () => todayIso(deps.clock.now());

  const find = (id: number): Registration => {
    const r = getRegistration(db, id);
    if (!r) throw new AppError('NOT_FOUND', NOT_FOUND);
    return r;
  };

  /**
   * A write that belongs to a movement needs it open (not closed, archived or trashed); a new
   * registration's year must also fall in the movement's period. Returns the movement's name.
   */
  const requireOpen = (movementId: number | null, year?: number): string | null => {
    if (movementId === null) return null;
    requireOpenMovement(db, movementId);
    const m = getMovementFacts(db, movementId)!;
    if (year !== undefined && (year < m.fromYear || year > m.toYear)) {
      const period = m.fromYear === m.toYear ? `năm ${m.fromYear}` : `${m.fromYear}–${m.toYear}`;
      const message = `Năm đăng ký phải nằm trong thời gian của phong trào “${m.name}” (${period}).`;
      throw new AppError('VALIDATION', message, { fields: { year: message } });
    }
    return m.name;
  };

  /** The registrant, refused when missing, in the trash or no longer active. */
  const requireRegistrant = (ref: RegistrantRef): string => {
    const facts = getRegistrantFacts(db, ref, today());
    if (!facts) throw new AppError('NOT_FOUND', 'Không tìm thấy đối tượng trong danh bạ (có thể đã bị xóa).');
    const refusal = facts.trashed
      ? `“${facts.name}” đang ở thùng rác.`
      : facts.inactive
        ? `“${facts.name}” đã ngừng hoạt động nên không đăng ký thi đua được.`
        : null;
    if (refusal !== null) throw new AppError('VALIDATION', refusal, { fields: { registrant: refusal } });
    return facts.name;
  };

  /** Every title exists, is a danh hiệu thi đua (not a hình thức khen thưởng), is in use and fits the kind. */
  const requireTitles = (ids: readonly number[], kind: RecipientKind): void => {
    for (const catalogueId of ids) {
      const entry = getCatalogueEntry(db, catalogueId);
      const refusal = !entry
        ? 'Không tìm thấy danh hiệu này trong danh mục.'
        : entry.kind !== 'title'
          ? `“${entry.name}” là hình thức khen thưởng, không phải danh hiệu thi đua để đăng ký.`
          : !entry.active
            ? `“${entry.name}” đã ngừng sử dụng.`
            : !entry[ALLOWS[kind]]
              ? `“${entry.name}” không dành cho ${RECIPIENT_KIND_LABELS[kind].toLowerCase()}.`
              : null;
      if (refusal !== null) throw new AppError('VALIDATION', refusal, { fields: { titles: refusal } });
    }
  };

  return { db, deps, write, today, find, requireOpen, requireRegistrant, requireTitles };
}

export type RegistrationsContext = ReturnType<typeof registrationsContext>;
