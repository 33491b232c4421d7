import { registrationsContext } from './context';
import { registrationRecords } from './records';
import { registrationFlow } from './flow';
import { registrationBulk } from './bulk';
import type { RegistrationsDeps, RegistrationsService } from './types';

export type { RegistrationsService } from './types';

/** Registrations (đăng ký thi đua): records, the review flow, bulk registration and who has not registered. */
export function createRegistrationsService(deps: RegistrationsDeps): RegistrationsService {
  const ctx = registrationsContext(deps);
  return {
    ...registrationRecords(ctx),
    ...registrationFlow(ctx),
    ...registrationBulk(ctx),
  };
}
