import { channel } from './define';
import { byId } from '../schemas/common';
import {
  bulkRegisterSchema,
  registrationInputSchema,
  registrationListSchema,
  registrationResultSchema,
  registrationReturnSchema,
  registrationScopeSchema,
  registrationSummarySchema,
  registrationUpdateSchema,
  type BulkRegisterResult,
  type NotRegisteredResult,
  type Registration,
  type RegistrationSummary,
} from '../schemas/registrations';

export const registrationChannels = {
  /** Newest year first, then by registrant (units, people, households; Vietnamese order). */
  'registrations.list': channel<Registration[]>()(registrationListSchema),
  'registrations.get': channel<Registration>()(byId),
  /** Chưa gửi; refused (CONFLICT) when the registrant already registered for the same movement (or year). */
  'registrations.create': channel<Registration>()(registrationInputSchema),
  /** Titles and commitments; refused once approved. */
  'registrations.update': channel<Registration>()(registrationUpdateSchema),
  /** Chưa gửi or trả lại → đã gửi. */
  'registrations.send': channel<Registration>()(byId),
  /** Đã gửi → đã duyệt. */
  'registrations.approve': channel<Registration>()(byId),
  /** Đã gửi → trả lại, with the reason. */
  'registrations.return': channel<Registration>()(registrationReturnSchema),
  /** Đạt / không đạt at year end; only approved registrations. */
  'registrations.setResult': channel<Registration>()(registrationResultSchema),
  /** Deleted for good (the audit log keeps it); only chưa gửi or trả lại. */
  'registrations.delete': channel<{ id: number }>()(byId),
  /** Registers many units at once (one transaction); skips the registered and the inactive. */
  'registrations.bulkRegister': channel<BulkRegisterResult>()(bulkRegisterSchema),
  /** Units expected to register (the movement's participants, or every active unit) that have not. */
  'registrations.notRegistered': channel<NotRegisteredResult>()(registrationScopeSchema),
  /** Counts for the overview: expected units, registered, not registered, registrations by status. */
  'registrations.summary': channel<RegistrationSummary>()(registrationSummarySchema),
};
