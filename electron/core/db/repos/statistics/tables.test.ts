import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../testing/core';
import { statisticsWard } from './fixture';
import { shown, tableOf } from './testing';
import { STAT_TABLE_IDS, type StatisticsReport } from '../../../../../shared/domain/statistics';

// Expected figures counted by hand from the comments of ./fixture.ts.

let t: TestCore;
let y2026: StatisticsReport;
let y2025: StatisticsReport;
let both: StatisticsReport;

beforeAll(async () => {
  t = startTestCore();
  await statisticsWard(t);
  y2026 = await t.call('statistics.tables', { fromYear: 2026, toYear: 2026 });
  y2025 = await t.call('statistics.tables', { fromYear: 2025, toYear: 2025 });
  both = await t.call('statistics.tables', { fromYear: 2025, toYear: 2026 });
});
afterAll(() => t.close());

describe('statistics tables', () => {
  it('lists the six tables in order, each with its title and note', () => {
    expect(y2026.tables.map((x) => x.id)).toEqual([...STAT_TABLE_IDS]);
    expect(y2026).toMatchObject({ fromYear: 2026, toYear: 2026 });
    for (const table of y2026.tables) expect(table.note).not.toBe('');
  });

  it('movements: by kind and duration, drafts, trashed and out-of-range movements left out', () => {
    const columns = tableOf(y2026, 'movements').columns.map((c) => c.key);
    expect(columns).toEqual(['total', 'lt1', 'y1', 'y1to3', 'y3to5', 'ge5']);
    //                     total lt1 y1 y1to3 y3to5 ge5
    expect(shown(tableOf(y2026, 'movements'))).toEqual([
      ['regular', 'Thường xuyên', 2, 0, 1, 0, 0, 1], // M1, M2 (M6 draft, M8 2024)
      ['periodic', 'Theo đợt', 1, 1, 0, 0, 0, 0], // M3 (M7 trashed)
      ['thematic', 'Chuyên đề', 1, 0, 0, 1, 0, 0], // M4
      ['total', 'Tổng cộng', 4, 1, 1, 1, 0, 1],
    ]);
    expect(shown(tableOf(y2025, 'movements'))).toEqual([
      ['regular', 'Thường xuyên', 0, 0, 0, 0, 0, 0],
      ['periodic', 'Theo đợt', 0, 0, 0, 0, 0, 0],
      ['thematic', 'Chuyên đề', 2, 0, 1, 1, 0, 0], // M4, M5
      ['total', 'Tổng cộng', 2, 0, 1, 1, 0, 0],
    ]);
    expect(shown(tableOf(both, 'movements'))).toEqual([
      ['regular', 'Thường xuyên', 2, 0, 1, 0, 0, 1],
      ['periodic', 'Theo đợt', 1, 1, 0, 0, 0, 0],
      ['thematic', 'Chuyên đề', 2, 0, 1, 1, 0, 0], // M4 counted once over the two years
      ['total', 'Tổng cộng', 5, 1, 2, 1, 0, 1],
    ]);
  });

  it('awards: catalogue rows (active or with lines) by recipient group, share and money of signed decisions', () => {
    const table = tableOf(y2026, 'awards');
    expect(table.columns.map((c) => c.key)).toEqual([
      'total',
      'collective',
      'household',
      'individual',
      'leader',
      'directWorker',
      'otherIndividual',
      'directShare',
      'money',
    ]);
    expect(table.columns.filter((c) => c.group === 'Cá nhân').map((c) => c.key)).toEqual([
      'individual',
      'leader',
      'directWorker',
      'otherIndividual',
    ]);
    //                                                               tot col hh ind lead dw oth share money
    expect(shown(table)).toEqual([
      ['chien_si_thi_dua_co_so', 'Chiến sĩ thi đua cơ sở', 2, 0, 0, 2, 1, 1, 0, 50, 5_060_000],
      ['tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc', 0, 0, 0, 0, 0, 0, 0, null, 0],
      ['gia_dinh_van_hoa', 'Gia đình văn hóa', 2, 0, 2, 0, 0, 0, 0, null, 0],
      ['lao_dong_tien_tien', 'Lao động tiên tiến', 5, 0, 0, 5, 1, 2, 2, 40, 3_040_000],
      ['tap_the_lao_dong_tien_tien', 'Tập thể lao động tiên tiến', 2, 2, 0, 0, 0, 0, 0, null, 4_060_000],
      ['bang_khen_chu_tich_thanh_pho', 'Bằng khen của Chủ tịch UBND thành phố', 0, 0, 0, 0, 0, 0, 0, null, 0],
      [
        'giay_khen_chu_tich_phuong',
        'Giấy khen của Chủ tịch UBND phường',
        3,
        1,
        1,
        1,
        0,
        1,
        0,
        100,
        3_420_000,
      ],
      ['custom:guong nguoi tot, viec tot', 'Gương người tốt, việc tốt', 2, 0, 1, 1, 0, 0, 1, 0, 0],
      ['total', 'Tổng cộng', 16, 3, 4, 9, 2, 4, 3, 44.4, 15_580_000],
    ]);
    expect(table.rows.map((r) => r.group)).toEqual([
      ...Array<string>(5).fill('Danh hiệu thi đua'),
      ...Array<string>(3).fill('Hình thức khen thưởng'),
    ]);
    // 2025: the retired custom entry has no lines and drops out; cancelled E3 is not counted.
    expect(shown(tableOf(y2025, 'awards')).filter((r) => r[2] !== 0)).toEqual([
      ['lao_dong_tien_tien', 'Lao động tiên tiến', 3, 0, 0, 3, 1, 2, 0, 66.7, 2_130_000],
      ['giay_khen_chu_tich_phuong', 'Giấy khen của Chủ tịch UBND phường', 2, 1, 0, 1, 0, 0, 1, 0, 2_120_000],
      ['total', 'Tổng cộng', 5, 1, 0, 4, 1, 2, 1, 50, 4_250_000],
    ]);
    expect(tableOf(y2025, 'awards').rows.map((r) => r.key)).not.toContain('custom:guong nguoi tot, viec tot');
    expect(tableOf(y2025, 'awards').rows.map((r) => r.key)).not.toContain('to_dan_pho_van_hoa');
    expect(shown(tableOf(both, 'awards')).at(-1)).toEqual([
      'total',
      'Tổng cộng',
      21,
      4,
      4,
      13,
      3,
      6,
      4,
      46.2,
      19_830_000,
    ]);
  });

  it('awardMethods: signed decisions and their lines by method', () => {
    //                                          dec tot col hh ind lead dw oth money
    expect(shown(tableOf(y2026, 'awardMethods'))).toEqual([
      ['regular', 'Thường xuyên', 4, 11, 2, 2, 7, 2, 3, 2, 12_160_000],
      ['thematic', 'Theo chuyên đề', 1, 3, 1, 1, 1, 0, 1, 0, 3_420_000],
      ['ad_hoc', 'Đột xuất', 1, 2, 0, 1, 1, 0, 0, 1, 0],
      ['total', 'Tổng cộng', 6, 16, 3, 4, 9, 2, 4, 3, 15_580_000],
    ]);
    // E4 is signed without lines: a decision, no line.
    expect(shown(tableOf(y2025, 'awardMethods'))).toEqual([
      ['regular', 'Thường xuyên', 1, 3, 0, 0, 3, 1, 2, 0, 2_130_000],
      ['thematic', 'Theo chuyên đề', 1, 2, 1, 0, 1, 0, 0, 1, 2_120_000],
      ['ad_hoc', 'Đột xuất', 1, 0, 0, 0, 0, 0, 0, 0, 0],
      ['total', 'Tổng cộng', 3, 5, 1, 0, 4, 1, 2, 1, 4_250_000],
    ]);
  });

  it('money: paid lines and money per year of the range', () => {
    expect(tableOf(both, 'money').columns.map((c) => [c.key, c.kind, c.group ?? null])).toEqual([
      ['paidLines', 'count', null],
      ['collective', 'money', 'Tiền thưởng theo đối tượng'],
      ['individual', 'money', 'Tiền thưởng theo đối tượng'],
      ['household', 'money', 'Tiền thưởng theo đối tượng'],
      ['total', 'money', null],
    ]);
    //                                   paid collective  individual household  total
    expect(shown(tableOf(both, 'money'))).toEqual([
      ['y2025', 'Năm 2025', 5, 1_410_000, 2_840_000, 0, 4_250_000],
      ['y2026', 'Năm 2026', 11, 5_580_000, 8_860_000, 1_140_000, 15_580_000],
      ['total', 'Tổng cộng', 16, 6_990_000, 11_700_000, 1_140_000, 19_830_000],
    ]);
    expect(shown(tableOf(y2026, 'money'))).toEqual([
      ['y2026', 'Năm 2026', 11, 5_580_000, 8_860_000, 1_140_000, 15_580_000],
      ['total', 'Tổng cộng', 11, 5_580_000, 8_860_000, 1_140_000, 15_580_000],
    ]);
  });

  it('models: fields folded together, stage moves dated in the range, trashed models left out', () => {
    //                                                   tot disc nurt summ repl
    expect(shown(tableOf(y2026, 'models'))).toEqual([
      ['field:giao duc', 'Giáo dục', 2, 1, 0, 1, 0], // X1 summarized, X2 ("giáo dục") discovered
      ['field:kinh te', 'Kinh tế', 1, 1, 1, 1, 1], // X3
      ['field:none', 'Chưa ghi lĩnh vực', 1, 1, 1, 0, 0], // X4: discovered twice, counted once
      ['total', 'Tổng cộng', 4, 3, 2, 2, 1],
    ]);
    expect(shown(tableOf(y2025, 'models'))).toEqual([
      ['field:giao duc', 'Giáo dục', 1, 1, 1, 0, 0],
      ['total', 'Tổng cộng', 1, 1, 1, 0, 0],
    ]);
    expect(shown(tableOf(both, 'models'))).toEqual([
      ['field:giao duc', 'Giáo dục', 2, 2, 1, 1, 0],
      ['field:kinh te', 'Kinh tế', 1, 1, 1, 1, 1],
      ['field:none', 'Chưa ghi lĩnh vực', 1, 1, 1, 0, 0],
      ['total', 'Tổng cộng', 4, 4, 3, 2, 1],
    ]);
  });

  it('unitReports: expected units of each year against that year’s deadline', () => {
    //                                      exp onTime late notRec share
    expect(shown(tableOf(both, 'unitReports'))).toEqual([
      ['y2025', 'Năm 2025', 3, 1, 1, 1, 33.3], // U1 on the deadline day, U2 late, U3 no date
      ['y2026', 'Năm 2026', 4, 2, 0, 2, 50], // U1 U5 on time, U2 U3 none; U4 not expected
      ['total', 'Tổng cộng', 7, 3, 1, 3, 42.9],
    ]);
  });

  it('follows a changed deadline setting', async () => {
    const settings = t.core.services.settings.get();
    t.core.services.settings.update({ ...settings, unitReportDeadline: '11/12' });
    try {
      const report = await t.call('statistics.tables', { fromYear: 2025, toYear: 2025 });
      expect(shown(tableOf(report, 'unitReports'))[0]).toEqual(['y2025', 'Năm 2025', 3, 2, 0, 1, 66.7]);
    } finally {
      t.core.services.settings.update(settings);
    }
  });

  it('gives the same tables every time for the same data', async () => {
    expect(await t.call('statistics.tables', { fromYear: 2025, toYear: 2026 })).toEqual(both);
  });
});
