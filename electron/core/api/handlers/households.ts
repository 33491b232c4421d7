import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { householdChannels } from '../../../../shared/api/households';
import { createRegistryExports } from '../../services/registry-export';
import { exportSaver } from './save-export';

export function householdHandlers(s: CoreServices): HandlersFor<typeof householdChannels> {
  const exports = createRegistryExports(s);
  const save = exportSaver();
  return {
    'households.list': (filter) => s.households.list(filter),
    'households.get': ({ id }) => s.households.get(id),
    'households.create': (values) => s.households.create(values),
    'households.update': ({ id, values }) => s.households.update(id, values),
    'households.delete': ({ id }) => s.households.delete(id),
    'households.restore': ({ id }) => s.households.restore(id),
    'households.export': (filter, ctx) => save(ctx, () => exports.households(filter)),
  };
}
