import type { ServiceDeps } from '../audit-trail';
import type {
  BulkRegisterResult,
  BulkRegisterValues,
  NotRegisteredResult,
  Registration,
  RegistrationListFilters,
  RegistrationScope,
  RegistrationSummary,
  RegistrationUpdate,
  RegistrationValues,
} from '../../../../shared/schemas/registrations';
import type { RegistrationResult } from '../../../../shared/domain/registrations';

export type RegistrationsDeps = ServiceDeps;

/**
 * Registrations (đăng ký thi đua) for a movement or a year: the titles aimed for and the commitments,
 * the office's review (gửi → duyệt / trả lại) and the year-end result. Every write is one transaction
 * with its audit row(s); a registration that belongs to a closed movement is read-only.
 */
export interface RegistrationsService {
  list(filters: RegistrationListFilters): Registration[];
  get(id: number): Registration;
  create(values: RegistrationValues): Registration;
  update(values: RegistrationUpdate): Registration;
  send(id: number): Registration;
  approve(id: number): Registration;
  returnRegistration(id: number, reason: string): Registration;
  setResult(id: number, result: RegistrationResult | null, note: string | null): Registration;
  delete(id: number): { id: number };
  bulkRegister(values: BulkRegisterValues): BulkRegisterResult;
  notRegistered(scope: RegistrationScope): NotRegisteredResult;
  summary(scope: RegistrationScope): RegistrationSummary;
}
