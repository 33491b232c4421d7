import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { trashChannels } from '../../../../shared/api/trash';
import { createTrashService } from '../../services/trash';

export function trashHandlers(s: CoreServices): HandlersFor<typeof trashChannels> {
  const trash = createTrashService(s);
  return {
    'trash.list': (filter) => trash.list(filter),
    'trash.restore': ({ kind, id }) => trash.restore(kind, id),
    'trash.purge': ({ kind, id }) => trash.purge(kind, id),
  };
}
