import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { movementChannels } from '../../../../shared/api/movements';

export function movementHandlers(s: CoreServices): HandlersFor<typeof movementChannels> {
  return {
    'movements.list': (filters) => s.movements.list(filters),
    'movements.get': ({ id }) => s.movements.get(id),
    'movements.create': (values) => s.movements.create(values),
    'movements.update': ({ id, values }) => s.movements.update(id, values),
    'movements.setStatus': ({ id, status, reason }) => s.movements.setStatus(id, status, reason),
    'movements.delete': ({ id }) => s.movements.delete(id),
    'movements.archive': ({ id }) => s.movements.archive(id),
    'movements.unarchive': ({ id }) => s.movements.unarchive(id),
    'movements.decisions': ({ id }) => s.movements.decisions(id),
  };
}
