import type { z } from 'zod';
import type { ServiceDeps } from './audit-trail';
import { listRecipientAwards, searchAwardsPage, searchAwardsTotals } from '../db/repos/award-history';
import type {
  AwardHistory,
  AwardSearchPage,
  awardHistorySchema,
  awardSearchSchema,
} from '../../../shared/schemas/award-history';

export interface AwardHistoryService {
  /** A recipient's awards from signed decisions, newest first; lines of cancelled decisions apart. */
  history(query: z.output<typeof awardHistorySchema>): AwardHistory;
  /** A window of the lookup, with the count and money of every matching line. */
  search(query: z.output<typeof awardSearchSchema>): AwardSearchPage;
}

/**
 * Reads award lines for the registry's detail pages and the yearly lookup. It only reads: the
 * decision service writes decisions and their lines (and `awards.search_text`, the folded name).
 */
export function createAwardHistoryService(deps: Pick<ServiceDeps, 'db'>): AwardHistoryService {
  const { db } = deps;
  return {
    history({ kind, id }) {
      const all = listRecipientAwards(db, kind, id);
      return {
        awards: all.filter((a) => a.decisionStatus === 'signed'),
        cancelled: all.filter((a) => a.decisionStatus === 'cancelled'),
      };
    },

    search({ offset, limit, ...filter }) {
      // One read transaction: the count, the money and the window see the same data.
      return db.transaction(() => {
        const totals = searchAwardsTotals(db, filter);
        const rows = offset < totals.total ? searchAwardsPage(db, filter, offset, limit) : [];
        return { ...totals, offset, rows };
      })();
    },
  };
}
