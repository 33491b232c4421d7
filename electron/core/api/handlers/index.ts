import type { Handlers } from '../router';
import type { CoreServices } from '../../services';
import { appHandlers } from './app';
import { settingsHandlers } from './settings';

/** Maps every contract channel to the service that serves it; one file per domain. */
export function createHandlers(s: CoreServices): Handlers {
  return {
    ...appHandlers(s),
    ...settingsHandlers(s),
  };
}
