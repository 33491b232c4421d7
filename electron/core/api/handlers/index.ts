import type { Handlers } from '../router';
import type { CoreServices } from '../../services';
import { appHandlers } from './app';
import { settingsHandlers } from './settings';
import { unitHandlers } from './units';
import { peopleHandlers } from './people';
import { householdHandlers } from './households';
import { importHandlers } from './imports';
import { backupHandlers } from './backup';
import { recoveryHandlers } from './recovery';
import { auditHandlers } from './audit';
import { trashHandlers } from './trash';
import { catalogueHandlers } from './catalogue';

/** Maps every contract channel to the service that serves it; one file per domain. */
export function createHandlers(s: CoreServices): Handlers {
  return {
    ...appHandlers(s),
    ...settingsHandlers(s),
    ...unitHandlers(s),
    ...peopleHandlers(s),
    ...householdHandlers(s),
    ...importHandlers(s),
    ...backupHandlers(s),
    ...recoveryHandlers(s.keeper),
    ...auditHandlers(s),
    ...trashHandlers(s),
    ...catalogueHandlers(s),
  };
}
