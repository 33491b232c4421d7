import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { unitChannels } from '../../../../shared/api/units';
import { createRegistryExports } from '../../services/registry-export';
import { exportSaver } from './save-export';

export function unitHandlers(s: CoreServices): HandlersFor<typeof unitChannels> {
  const exports = createRegistryExports(s);
  const save = exportSaver();
  return {
    'units.list': (filter) => s.units.list(filter),
    'units.get': ({ id }) => s.units.get(id),
    'units.create': (values) => s.units.create(values),
    'units.update': ({ id, values }) => s.units.update(id, values),
    'units.deactivate': (input) => s.units.deactivate(input),
    'units.reactivate': ({ id }) => s.units.reactivate(id),
    'units.delete': ({ id }) => s.units.delete(id),
    'units.restore': ({ id }) => s.units.restore(id),
    'units.export': (filter, ctx) => save(ctx, () => exports.units(filter)),
    'clusters.list': () => s.clusters.list(),
    'clusters.create': (values) => s.clusters.create(values),
    'clusters.update': ({ id, values }) => s.clusters.update(id, values),
    'clusters.setMembers': ({ id, unitIds }) => s.clusters.setMembers(id, unitIds),
    'clusters.delete': ({ id }) => s.clusters.delete(id),
  };
}
