import { describe, expect, it } from 'vitest';
import { defaultDecisionSubject } from './decision-subject';

const giayKhen = {
  name: 'Giấy khen của Chủ tịch UBND phường',
  kind: 'form' as const,
  allowsCollective: true,
  allowsIndividual: true,
  allowsHousehold: true,
};
const ldtt = {
  ...giayKhen,
  name: 'Lao động tiên tiến',
  kind: 'title' as const,
  allowsCollective: false,
  allowsHousehold: false,
};

describe('the default subject of a decision', () => {
  it('gives a commendation form to every kind it allows, for the year', () => {
    expect(defaultDecisionSubject(giayKhen, 2026)).toBe(
      'Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình có thành tích năm 2026',
    );
  });

  it('recognises a title, quoting its name', () => {
    expect(defaultDecisionSubject(ldtt, 2026)).toBe(
      'Về việc công nhận danh hiệu “Lao động tiên tiến” cho cá nhân có thành tích năm 2026',
    );
  });

  it('names the achievement period when both ends are known', () => {
    expect(defaultDecisionSubject(ldtt, 2026, '2026-01-05', '2026-07-31')).toBe(
      'Về việc công nhận danh hiệu “Lao động tiên tiến” cho cá nhân có thành tích từ ngày 05/01/2026 đến ngày 31/07/2026',
    );
    expect(defaultDecisionSubject(ldtt, 2026, '2026-01-05', null)).toMatch(/năm 2026$/);
  });
});
