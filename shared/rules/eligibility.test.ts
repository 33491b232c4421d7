import { describe, expect, it } from 'vitest';
import {
  achievementPeriod,
  achievementYear,
  decisionLabel,
  eligibilityHints,
  periodsOverlap,
  type HintDecision,
  type HintLine,
} from './eligibility';

const decision = (over: Partial<HintDecision> = {}): HintDecision => ({
  id: 1,
  year: 2026,
  status: 'draft',
  numberText: null,
  decisionDate: null,
  achievementFrom: null,
  achievementTo: null,
  ...over,
});

const line = (over: Partial<HintLine> = {}): HintLine => ({
  lineId: 10,
  kind: 'individual',
  recipientId: 7,
  catalogueId: 1,
  catalogueCode: 'lao_dong_tien_tien',
  catalogueName: 'Lao động tiên tiến',
  catalogueActive: true,
  allowsKind: true,
  coefficientPermille: 300,
  paid: true,
  unit: null,
  ...over,
});

describe('achievement periods', () => {
  it('uses the achievement dates, else the decision’s calendar year, else the year of the known end', () => {
    expect(achievementPeriod(decision())).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(
      achievementPeriod(decision({ achievementFrom: '2025-03-01', achievementTo: '2025-09-30' })),
    ).toEqual({
      from: '2025-03-01',
      to: '2025-09-30',
    });
    expect(achievementPeriod(decision({ year: 2027, achievementFrom: '2025-03-01' }))).toEqual({
      from: '2025-03-01',
      to: '2025-12-31',
    });
    expect(achievementPeriod(decision({ year: 2027, achievementTo: '2026-06-30' }))).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it('overlaps when the periods share at least one day', () => {
    const h1 = { from: '2026-01-01', to: '2026-06-30' };
    expect(periodsOverlap(h1, { from: '2026-06-30', to: '2026-12-31' })).toBe(true);
    expect(periodsOverlap(h1, { from: '2026-07-01', to: '2026-12-31' })).toBe(false);
    expect(periodsOverlap({ from: '2021-01-01', to: '2025-12-31' }, h1)).toBe(false);
  });

  it('counts an award for the year its period ends (a 2026 award signed in January 2027)', () => {
    expect(
      achievementYear(decision({ year: 2027, achievementFrom: '2026-01-01', achievementTo: '2026-12-31' })),
    ).toBe(2026);
  });
});

describe('decisionLabel', () => {
  it('names a decision by number and date, and a draft as such', () => {
    expect(
      decisionLabel(decision({ status: 'signed', numberText: '05/QĐ-UBND', decisionDate: '2026-07-05' })),
    ).toBe('Quyết định số 05/QĐ-UBND ngày 05/07/2026');
    expect(decisionLabel(decision({ numberText: '12/QĐ-UBND' }))).toBe('Quyết định số 12/QĐ-UBND (dự thảo)');
    expect(decisionLabel(decision())).toBe('một dự thảo quyết định khác (chưa có số)');
  });
});

describe('eligibilityHints', () => {
  it('judges unit activity on the decision date, or today for an undated draft', () => {
    const closed = line({
      unit: { name: 'Tổ 1', activeTo: '2026-09-01', successorName: null, trashed: false },
    });
    const input = { lines: [closed], otherAwards: [], today: '2026-11-26' };
    expect(eligibilityHints({ ...input, decision: decision() }).map((h) => h.code)).toEqual([
      'inactive_unit',
    ]);
    expect(eligibilityHints({ ...input, decision: decision({ decisionDate: '2026-08-15' }) })).toEqual([]);
    // The day it closes it is still active.
    expect(eligibilityHints({ ...input, decision: decision({ decisionDate: '2026-09-01' }) })).toEqual([]);
  });

  it('treats a unit in the trash as inactive', () => {
    const hints = eligibilityHints({
      decision: decision(),
      lines: [
        line({
          kind: 'collective',
          unit: { name: 'Tổ 2', activeTo: null, successorName: null, trashed: true },
        }),
      ],
      otherAwards: [],
      today: '2026-11-26',
    });
    expect(hints).toEqual([
      { lineId: 10, code: 'inactive_unit', message: 'Đơn vị Tổ 2 đã bị xóa (đang ở thùng rác).' },
    ]);
  });

  it('gives one line several hints in HINT_CODES order, one message per code', () => {
    const hints = eligibilityHints({
      decision: decision(),
      lines: [line({ paid: false, catalogueActive: false, allowsKind: false, kind: 'household' })],
      otherAwards: [],
      today: '2026-11-26',
    });
    expect(hints).toEqual([
      {
        lineId: 10,
        code: 'not_paid_higher_title',
        message: 'Không chi tiền: đã có danh hiệu cao hơn cùng kỳ.',
      },
      {
        lineId: 10,
        code: 'catalogue_mismatch',
        message: '"Lao động tiên tiến" đã ngừng sử dụng và không dành cho hộ gia đình.',
      },
    ]);
  });
});
