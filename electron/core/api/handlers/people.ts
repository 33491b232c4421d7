import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { peopleChannels } from '../../../../shared/api/people';
import { createRegistryExports } from '../../services/registry-export';
import { exportSaver } from './save-export';

export function peopleHandlers(s: CoreServices): HandlersFor<typeof peopleChannels> {
  const exports = createRegistryExports(s);
  const save = exportSaver();
  return {
    'people.list': (filter) => s.people.list(filter),
    'people.get': ({ id }) => s.people.get(id),
    'people.create': (values) => s.people.create(values),
    'people.update': ({ id, values }) => s.people.update(id, values),
    'people.delete': ({ id }) => s.people.delete(id),
    'people.restore': ({ id }) => s.people.restore(id),
    'people.export': (filter, ctx) => save(ctx, () => exports.people(filter)),
  };
}
