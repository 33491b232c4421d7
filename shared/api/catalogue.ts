import { channel } from './define';
import { byId } from '../schemas/common';
import { emptyInput } from '../schemas/fields';
import {
  baseSalaryInputSchema,
  catalogueInputSchema,
  catalogueUpdateSchema,
  type BaseSalary,
  type CatalogueEntry,
} from '../schemas/catalogue';

export const catalogueChannels = {
  /** Every catalogue entry (retired ones too), titles then forms, highest rank first, with its usage count. */
  'catalogue.list': channel<CatalogueEntry[]>()(emptyInput),
  'catalogue.create': channel<CatalogueEntry>()(catalogueInputSchema),
  'catalogue.update': channel<CatalogueEntry>()(catalogueUpdateSchema),
  /** No longer offered for new awards; history keeps it. */
  'catalogue.retire': channel<CatalogueEntry>()(byId),
  'catalogue.reactivate': channel<CatalogueEntry>()(byId),
  /** Deleted for good; refused (CONFLICT) while anything refers to the entry: retire it instead. */
  'catalogue.delete': channel<{ id: number }>()(byId),
  /** The base salary table, oldest first. */
  'salaries.list': channel<BaseSalary[]>()(emptyInput),
  /** Refused (CONFLICT) when a row with the same effective date exists. */
  'salaries.create': channel<BaseSalary>()(baseSalaryInputSchema),
  /** Refused (CONFLICT) while award lines were computed from the row. */
  'salaries.delete': channel<{ id: number }>()(byId),
};
