import { channel } from './define';
import type { SaveOutcome } from './files';
import { byId } from '../schemas/common';
import type { Page } from '../schemas/registry/people';
import {
  householdInputSchema,
  householdsListSchema,
  householdUpdateSchema,
  type Household,
  type HouseholdRow,
} from '../schemas/registry/households';
import { householdsExportSchema } from '../schemas/registry/transfer';

export const householdChannels = {
  'households.list': channel<Page<HouseholdRow>>()(householdsListSchema),
  'households.get': channel<Household>()(byId),
  'households.create': channel<Household>()(householdInputSchema),
  'households.update': channel<Household>()(householdUpdateSchema),
  'households.delete': channel<Household>()(byId),
  'households.restore': channel<Household>()(byId),
  'households.export': channel<SaveOutcome>()(householdsExportSchema),
};
