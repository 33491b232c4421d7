import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { settingsChannels } from '../../../../shared/api/settings';

export function settingsHandlers(s: CoreServices): HandlersFor<typeof settingsChannels> {
  return {
    'settings.get': () => s.settings.get(),
    'settings.update': (input) => s.settings.update(input),
  };
}
