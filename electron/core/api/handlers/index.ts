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
import { decisionListHandlers } from './decision-lists';
import { documentHandlers } from './documents';
import { awardHistoryHandlers } from './award-history';
import { decisionHandlers } from './decisions';
import { proposalHandlers } from './proposals';
import { exemplarHandlers } from './exemplars';
import { registrationHandlers } from './registrations';
import { movementHandlers } from './movements';
import { unitReportHandlers } from './unit-reports';
import { statisticsHandlers } from './statistics';
import { cityPackageHandlers } from './city-packages';
import { yearlyReportHandlers } from './yearly-report';
import { demoHandlers } from './demo';

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
    ...decisionListHandlers(s),
    ...documentHandlers(s),
    ...awardHistoryHandlers(s),
    ...decisionHandlers(s),
    ...proposalHandlers(s),
    ...exemplarHandlers(s),
    ...registrationHandlers(s),
    ...movementHandlers(s),
    ...unitReportHandlers(s),
    ...statisticsHandlers(s),
    ...cityPackageHandlers(s),
    ...yearlyReportHandlers(s),
    ...demoHandlers(s),
  };
}
