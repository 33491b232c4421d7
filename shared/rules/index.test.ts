import { describe, it, expect } from 'vitest';
import * as rules from './index';

describe('shared/rules index', () => {
  it('re-exports every rule function', () => {
    const expected = [
      'normalizeText',
      'normalizeMultiline',
      'isBlank',
      'foldForSearch',
      'matchesSearch',
      'splitVietnameseName',
      'compareVietnameseNames',
      'sortByVietnameseName',
      'compareVietnamese',
      'isValidIsoDate',
      'formatDate',
      'parseDisplayDate',
      'formatLongDate',
      'formatPlaceDate',
      'todayIso',
      'parseDayMonth',
      'formatDayMonth',
      'formatMoney',
      'formatNumberVi',
      'roundUpToTenThousand',
      'parseMoneyInput',
    ];
    for (const name of expected)
      expect(typeof (rules as Record<string, unknown>)[name], name).toBe('function');
  });
});
