import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { demoChannels } from '../../../../shared/api/demo';
import type { dashboardChannels } from '../../../../shared/api/dashboard';
import { isDatabaseEmpty } from '../../db/repos/dashboard';
import { loadDemo } from '../../seed/demo';
import { getDashboard } from '../../services/dashboard';

/** The home screen: its figures, and the sample ward an empty database offers. */
export function demoHandlers(s: CoreServices): HandlersFor<typeof demoChannels & typeof dashboardChannels> {
  return {
    'demo.status': () => ({ empty: isDatabaseEmpty(s.db) }),
    'demo.load': () => {
      const result = loadDemo(s, s.clock.now().toISOString());
      s.log.info(`demo.load: ${JSON.stringify(result)}`);
      return result;
    },
    'dashboard.get': ({ year }) => getDashboard(s, year),
  };
}
