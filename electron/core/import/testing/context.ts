import { fixedClock, type Clock } from '../../clock';
import type { Db } from '../../db/types';
import { createHouseholdsService } from '../../services/households';
import { createPeopleService } from '../../services/people';
import { createSettingsService } from '../../services/settings';
import { createUnitsService } from '../../services/units';
import { TEST_NOW } from '../../testing/core';
import type { ImportContext } from '../context';

export { TEST_NOW };

/** The import's view of the app on a test database, with the real registry services. */
export function contextFor(db: Db, clock: Clock = fixedClock(TEST_NOW)): ImportContext {
  const settings = createSettingsService(db, clock);
  const deps = { db, clock, settings };
  return {
    db,
    clock,
    actor: () => settings.actor(),
    writers: {
      people: createPeopleService(deps),
      units: createUnitsService(deps),
      households: createHouseholdsService(deps),
    },
  };
}
