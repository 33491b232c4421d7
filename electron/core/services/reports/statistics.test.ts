import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { statisticsWard } from '../../db/repos/statistics/fixture';

// The ward of electron/core/db/repos/statistics/fixture.ts; figures counted from its comments.

let t: TestCore;

beforeAll(async () => {
  t = startTestCore();
  await statisticsWard(t);
});
afterAll(() => t.close());

async function sheets(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets;
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row));

describe('statistics charts', () => {
  it('counts lines per year and entry, the direct workers’ share, models by stage and the last year’s reports', async () => {
    const charts = await t.call('statistics.charts', { fromYear: 2025, toYear: 2026 });
    expect(charts.awardsByYear.series).toEqual([
      { key: 'chien_si_thi_dua_co_so', label: 'Chiến sĩ thi đua cơ sở' },
      { key: 'gia_dinh_van_hoa', label: 'Gia đình văn hóa' },
      { key: 'lao_dong_tien_tien', label: 'Lao động tiên tiến' },
      { key: 'tap_the_lao_dong_tien_tien', label: 'Tập thể lao động tiên tiến' },
      { key: 'giay_khen_chu_tich_phuong', label: 'Giấy khen của Chủ tịch UBND phường' },
      { key: 'custom:guong nguoi tot, viec tot', label: 'Gương người tốt, việc tốt' },
    ]);
    expect(charts.awardsByYear.years).toEqual([
      {
        year: 2025,
        counts: {
          chien_si_thi_dua_co_so: 0,
          gia_dinh_van_hoa: 0,
          lao_dong_tien_tien: 3,
          tap_the_lao_dong_tien_tien: 0,
          giay_khen_chu_tich_phuong: 2,
          'custom:guong nguoi tot, viec tot': 0,
        },
      },
      {
        year: 2026,
        counts: {
          chien_si_thi_dua_co_so: 2,
          gia_dinh_van_hoa: 2,
          lao_dong_tien_tien: 5,
          tap_the_lao_dong_tien_tien: 2,
          giay_khen_chu_tich_phuong: 3,
          'custom:guong nguoi tot, viec tot': 2,
        },
      },
    ]);
    expect(charts.directShareByYear).toEqual([
      { year: 2025, individuals: 4, directWorkers: 2, share: 50 },
      { year: 2026, individuals: 9, directWorkers: 4, share: 44.4 },
    ]);
    expect(charts.modelsByStage).toEqual({ discovered: 4, nurtured: 3, summarized: 2, replicated: 1 });
    // Today is 26/11/2026: the 2026 deadline (10/12) is ahead, so U2 and U3 are pending.
    expect(charts.reportStatus).toEqual({ year: 2026, onTime: 2, late: 0, pending: 2, missing: 0 });
  });

  it('reports a past year’s unsent reports as missing, and a year without data as zeros', async () => {
    const charts = await t.call('statistics.charts', { fromYear: 2024, toYear: 2025 });
    expect(charts.reportStatus).toEqual({ year: 2025, onTime: 1, late: 1, pending: 0, missing: 1 });
    expect(charts.directShareByYear[0]).toEqual({
      year: 2024,
      individuals: 0,
      directWorkers: 0,
      share: null,
    });
    // X6's moves of 2024 count in a range that holds 2024.
    expect(charts.modelsByStage).toEqual({ discovered: 2, nurtured: 2, summarized: 0, replicated: 0 });
  });

  it('counts unsent reports as missing once the deadline has passed', async () => {
    const late = startTestCore('2026-12-20T09:00:00.000Z');
    try {
      await statisticsWard(late);
      const charts = await late.call('statistics.charts', { fromYear: 2026, toYear: 2026 });
      expect(charts.reportStatus).toEqual({ year: 2026, onTime: 2, late: 0, pending: 0, missing: 2 });
    } finally {
      late.close();
    }
  });
});

describe('statistics workbook', () => {
  it('saves one sheet per table under the ward and the years', async () => {
    const outcome = await t.call('statistics.exportXlsx', { fromYear: 2025, toYear: 2026 });
    expect(outcome).toMatchObject({ saved: true, fileName: 'Thong-ke-2025-2026.xlsx' });
    const request = t.saved.at(-1)!;
    expect(request.suggestedName).toBe('Thong-ke-2025-2026.xlsx');
    const book = await sheets(request.bytes);
    expect(book.map((s) => s.name)).toEqual([
      '1-Phong trao',
      '2-Khen thuong',
      '3-Phuong thuc',
      '4-Tien thuong',
      '5-Dien hinh',
      '6-Bao cao don vi',
    ]);
    const money = book[3]!;
    expect(money.getCell('A1').value).toBe('Tiền thưởng đã chi');
    expect(money.getCell('A2').value).toBe('UBND PHƯỜNG LÊ CHÂN');
    expect(money.getCell('A3').value).toBe('Từ năm 2025 đến năm 2026');
    // Two header rows (5-6), the years, then the total.
    expect(money.getRow(7).values).toEqual([undefined, 'Năm 2025', 5, 1_410_000, 2_840_000, 0, 4_250_000]);
    expect(money.getRow(8).values).toEqual([
      undefined,
      'Năm 2026',
      11,
      5_580_000,
      8_860_000,
      1_140_000,
      15_580_000,
    ]);
    expect(money.getRow(9).values).toEqual([
      undefined,
      'Tổng cộng',
      16,
      6_990_000,
      11_700_000,
      1_140_000,
      19_830_000,
    ]);
    const reports = book[5]!;
    // One header row (5): no column of this table has a group.
    expect(reports.getRow(6).values).toEqual([undefined, 'Năm 2025', 3, 1, 1, 1, 33.3]);
    expect(reports.getRow(8).values).toEqual([undefined, 'Tổng cộng', 7, 3, 1, 3, 42.9]);
  });

  it('names a one-year workbook by its year and gives the same content when made again', async () => {
    const first = await t.core.services.statistics.workbook({ fromYear: 2026, toYear: 2026 });
    const again = await t.core.services.statistics.workbook({ fromYear: 2026, toYear: 2026 });
    expect(first.suggestedName).toBe('Thong-ke-2026.xlsx');
    const a = await sheets(first.bytes);
    const b = await sheets(again.bytes);
    expect(a[0]!.getCell('A3').value).toBe('Năm 2026');
    expect(a.map(values)).toEqual(b.map(values));
  });
});
