import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { awardHistoryChannels } from '../../../../shared/api/award-history';
import { exportAwards } from '../../services/award-history-export';
import { exportSaver } from './save-export';

export function awardHistoryHandlers(s: CoreServices): HandlersFor<typeof awardHistoryChannels> {
  const save = exportSaver();
  return {
    'awards.history': (query) => s.awardHistory.history(query),
    'awards.search': (query) => s.awardHistory.search(query),
    'awards.export': (filter, ctx) => save(ctx, () => exportAwards(s, filter)),
  };
}
