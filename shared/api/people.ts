import { channel } from './define';
import type { SaveOutcome } from './files';
import { byId } from '../schemas/common';
import {
  peopleListSchema,
  personInputSchema,
  personUpdateSchema,
  type Page,
  type Person,
  type PersonRow,
} from '../schemas/registry/people';
import { peopleExportSchema } from '../schemas/registry/transfer';

export const peopleChannels = {
  /** A window of the filtered list, sorted by given name, then middle, then family name. */
  'people.list': channel<Page<PersonRow>>()(peopleListSchema),
  'people.get': channel<Person>()(byId),
  'people.create': channel<Person>()(personInputSchema),
  'people.update': channel<Person>()(personUpdateSchema),
  /** Soft delete: the person goes to the trash and can be restored. */
  'people.delete': channel<Person>()(byId),
  'people.restore': channel<Person>()(byId),
  'people.export': channel<SaveOutcome>()(peopleExportSchema),
};
