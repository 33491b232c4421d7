import { channel } from './define';
import type { SaveOutcome } from './files';
import {
  awardExportSchema,
  awardHistorySchema,
  awardSearchSchema,
  type AwardHistory,
  type AwardSearchPage,
} from '../schemas/award-history';

export const awardHistoryChannels = {
  /** Every award of a person, unit or household from signed decisions; cancelled ones apart; no drafts. */
  'awards.history': channel<AwardHistory>()(awardHistorySchema),
  /**
   * A window of the award lines of signed decisions matching the filter, with the count and total
   * money of all of them; ordered by decision date, decision number, then the decision's list order.
   */
  'awards.search': channel<AwardSearchPage>()(awardSearchSchema),
  /** The same lines, same order, as an Excel file naming the ward and the filter. */
  'awards.export': channel<SaveOutcome>()(awardExportSchema),
};
