import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { catalogueChannels } from '../../../../shared/api/catalogue';

export function catalogueHandlers(s: CoreServices): HandlersFor<typeof catalogueChannels> {
  return {
    'catalogue.list': () => s.catalogue.list(),
    'catalogue.create': (values) => s.catalogue.create(values),
    'catalogue.update': ({ id, values }) => s.catalogue.update(id, values),
    'catalogue.retire': ({ id }) => s.catalogue.retire(id),
    'catalogue.reactivate': ({ id }) => s.catalogue.reactivate(id),
    'catalogue.delete': ({ id }) => s.catalogue.delete(id),
    'salaries.list': () => s.catalogue.listSalaries(),
    'salaries.create': (values) => s.catalogue.createSalary(values),
    'salaries.delete': ({ id }) => s.catalogue.deleteSalary(id),
  };
}
