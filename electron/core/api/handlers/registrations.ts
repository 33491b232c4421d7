import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { registrationChannels } from '../../../../shared/api/registrations';

export function registrationHandlers(s: CoreServices): HandlersFor<typeof registrationChannels> {
  return {
    'registrations.list': (filters) => s.registrations.list(filters),
    'registrations.get': ({ id }) => s.registrations.get(id),
    'registrations.create': (values) => s.registrations.create(values),
    'registrations.update': (values) => s.registrations.update(values),
    'registrations.send': ({ id }) => s.registrations.send(id),
    'registrations.approve': ({ id }) => s.registrations.approve(id),
    'registrations.return': ({ id, reason }) => s.registrations.returnRegistration(id, reason),
    'registrations.setResult': ({ id, result, note }) => s.registrations.setResult(id, result, note),
    'registrations.delete': ({ id }) => s.registrations.delete(id),
    'registrations.bulkRegister': (values) => s.registrations.bulkRegister(values),
    'registrations.notRegistered': (scope) => s.registrations.notRegistered(scope),
    'registrations.summary': (scope) => s.registrations.summary(scope),
  };
}
