import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../testing/core';
import { statisticsWard } from './fixture';
import { statCellValue } from '../../../../../shared/rules/statistics';
import { TOTAL_ROW, type StatCellRecords } from '../../../../../shared/domain/statistics';

let t: TestCore;
let w: Awaited<ReturnType<typeof statisticsWard>>;

beforeAll(async () => {
  t = startTestCore();
  w = await statisticsWard(t);
});
afterAll(() => t.close());

const open = (fromYear: number, toYear: number, table: string, row: string, column: string) =>
  t.call('statistics.records', { fromYear, toYear, table: table as 'awards', row, column });

const brief = (r: StatCellRecords) => r.records.map((x) => [x.name, x.date, x.amount]);

describe('records behind a cell', () => {
  it.each([
    [2026, 2026],
    [2025, 2025],
    [2025, 2026],
  ])('add up to every cell of every table (%i-%i)', async (fromYear, toYear) => {
    const report = await t.call('statistics.tables', { fromYear, toYear });
    let cells = 0;
    for (const table of report.tables) {
      for (const row of [...table.rows, { key: TOTAL_ROW, label: 'Tổng cộng', cells: table.total }]) {
        for (const column of table.columns) {
          const counted = column.ratio
            ? table.columns.find((c) => c.key === column.ratio!.numerator)!
            : column;
          const expected = statCellValue(row.cells, counted);
          const found = await open(fromYear, toYear, table.id, row.key, column.key);
          const where = `${table.id} ${row.key} ${column.key}`;
          expect(found.value, where).toBe(expected);
          expect(found.truncated, where).toBe(false);
          expect(found.records.length, where).toBe(found.count);
          if (counted.kind === 'money') {
            expect(
              found.records.reduce((s, r) => s + (r.amount ?? 0), 0),
              where,
            ).toBe(expected);
          } else {
            expect(found.count, where).toBe(expected);
          }
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(150);
  });

  it('lists the award lines of a cell with their decision, in date then name order', async () => {
    const found = await open(2026, 2026, 'awards', 'lao_dong_tien_tien', 'directWorker');
    expect(found.title).toBe('Lao động tiên tiến — Người trực tiếp lao động, sản xuất, công tác, năm 2026');
    expect(found).toMatchObject({ value: 2, count: 2, truncated: false });
    expect(found.records).toEqual([
      {
        kind: 'award',
        id: expect.any(Number),
        name: 'Phạm Thị Dung',
        detail: 'QĐ số 05/QĐ-UBND ngày 05/07/2026 — Lao động tiên tiến',
        date: '2026-07-05',
        amount: 0,
        target: { area: 'awards', path: ['quyet-dinh', w.d.d1] },
      },
      {
        kind: 'award',
        id: expect.any(Number),
        name: 'Trần Thị Bình',
        detail: 'QĐ số 05/QĐ-UBND ngày 05/07/2026 — Lao động tiên tiến',
        date: '2026-07-05',
        amount: 760_000,
        target: { area: 'awards', path: ['quyet-dinh', w.d.d1] },
      },
    ]);
    // The share opens its numerator's lines.
    const share = await open(2026, 2026, 'awards', 'lao_dong_tien_tien', 'directShare');
    expect(share.records).toEqual(found.records);
  });

  it('opens the paid lines behind a money cell and the lines of the total row', async () => {
    const money = await open(2026, 2026, 'awards', 'lao_dong_tien_tien', 'money');
    expect(money.title).toBe('Lao động tiên tiến — Tiền thưởng (đồng), năm 2026');
    expect(money).toMatchObject({ value: 3_040_000, count: 4 });
    expect(money.records.map((r) => r.name)).toEqual([
      'Hoàng Văn Em',
      'Lê Văn Cường',
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ]);

    const others = await open(2026, 2026, 'awards', TOTAL_ROW, 'otherIndividual');
    expect(others.title).toBe('Tổng cộng — Cá nhân khác, năm 2026');
    expect(brief(others)).toEqual([
      ['Hoàng Văn Em', '2026-07-05', 760_000], // no category on the line
      ['Lê Văn Cường', '2026-07-05', 760_000],
      ['Lê Văn Cường', '2026-10-10', 0], // citizen, custom entry
    ]);

    const custom = await open(2026, 2026, 'awards', 'custom:guong nguoi tot, viec tot', 'household');
    expect(brief(custom)).toEqual([['Vũ Thị Hoa', '2026-10-10', 0]]);
  });

  it('opens the decisions of a method, and the lines of its other columns', async () => {
    const decisions = await open(2026, 2026, 'awardMethods', 'regular', 'decisions');
    expect(decisions.title).toBe('Thường xuyên — Số quyết định, năm 2026');
    expect(decisions.records.map((r) => [r.id, r.name, r.date, r.amount])).toEqual([
      [w.d.d1, 'Quyết định số 05/QĐ-UBND', '2026-07-05', 3_040_000],
      [w.d.d2, 'Quyết định số 08/QĐ-UBND', '2026-08-20', 5_060_000],
      [w.d.d5, 'Quyết định số 20/QĐ-UBND', '2026-11-20', 0],
      [w.d.d6, 'Quyết định số 25/QĐ-UBND', '2026-12-15', 4_060_000],
    ]);
    expect(decisions.records[0]).toMatchObject({
      detail: 'QĐ số 05/QĐ-UBND ngày 05/07/2026 — Về việc khen thưởng (5 lượt)',
      target: { area: 'awards', path: ['quyet-dinh', w.d.d1] },
    });
    const adHoc2025 = await open(2025, 2025, 'awardMethods', 'ad_hoc', 'decisions');
    expect(adHoc2025.records.map((r) => [r.id, r.detail])).toEqual([
      [w.d.e4, 'QĐ số 02/QĐ-UBND ngày 03/03/2025 — Về việc khen thưởng (0 lượt)'],
    ]);
    const households = await open(2026, 2026, 'awardMethods', 'thematic', 'household');
    expect(brief(households)).toEqual([['Đặng Văn Dũng', '2026-09-02', 1_140_000]]);
  });

  it('opens the paid lines of a year in the money table', async () => {
    const found = await open(2025, 2026, 'money', 'y2025', 'individual');
    expect(found.title).toBe('Cá nhân, năm 2025');
    expect(brief(found)).toEqual([
      ['Lê Văn Cường', '2025-06-05', 710_000],
      ['Nguyễn Văn An', '2025-12-20', 710_000],
      ['Phạm Thị Dung', '2025-12-20', 710_000],
      ['Trần Thị Bình', '2025-12-20', 710_000],
    ]);
    const total = await open(2025, 2026, 'money', TOTAL_ROW, 'paidLines');
    expect(total).toMatchObject({
      title: 'Tổng cộng — Số lượt được chi tiền thưởng, năm 2025-2026',
      count: 16,
      value: 16,
    });
  });

  it('opens the movements of a kind and duration', async () => {
    const found = await open(2026, 2026, 'movements', 'regular', 'ge5');
    expect(found.title).toBe('Thường xuyên — Từ 5 năm trở lên, năm 2026');
    expect(found.records).toEqual([
      {
        kind: 'movement',
        id: w.m.m2,
        name: 'Chuyển đổi số 2026-2030',
        detail: 'Thường xuyên · 2026-2030 · Từ 5 năm trở lên · Đang thực hiện',
        date: null,
        amount: null,
        target: { area: 'movements', path: ['danh-sach', w.m.m2] },
      },
    ]);
    const all = await open(2025, 2026, 'movements', TOTAL_ROW, 'total');
    // Dated movements first, then the undated ones by Vietnamese name (Chung < Chuyển < Thi).
    expect(all.records.map((r) => r.id)).toEqual([w.m.m5, w.m.m3, w.m.m4, w.m.m2, w.m.m1]);
  });

  it('opens the models of a field and stage, dated by their latest move in the range', async () => {
    const found = await open(2026, 2026, 'models', 'field:giao duc', 'total');
    expect(found.title).toBe('Giáo dục — Tổng số điển hình, năm 2026');
    expect(found.records).toEqual([
      {
        kind: 'model',
        id: w.x.x1,
        name: 'Cô giáo dạy giỏi',
        detail: 'Trần Thị Bình · Giáo dục',
        date: '2026-02-15',
        amount: null,
        target: { area: 'exemplars', path: [w.x.x1] },
      },
      {
        kind: 'model',
        id: w.x.x2,
        name: 'Tổ dân phố xanh',
        detail: 'Tổ dân phố số 1 · giáo dục',
        date: '2026-04-01',
        amount: null,
        target: { area: 'exemplars', path: [w.x.x2] },
      },
    ]);
    const none = await open(2026, 2026, 'models', 'field:none', 'discovered');
    expect(none.records.map((r) => [r.id, r.detail, r.date])).toEqual([
      [w.x.x4, 'Lê Văn Cường · Chưa ghi lĩnh vực', '2026-07-07'],
    ]);
  });

  it('opens the expected units of a year with their report status', async () => {
    const found = await open(2025, 2026, 'unitReports', 'y2025', 'expected');
    expect(found.title).toBe('Số đơn vị phải báo cáo, năm 2025');
    expect(found.records.map((r) => [r.kind, r.id, r.name, r.detail, r.date])).toEqual([
      [
        'unitReport',
        w.units.u1,
        'Trường THCS Lê Chân',
        'Năm 2025: Đúng hạn, nhận ngày 10/12/2025',
        '2025-12-10',
      ],
      [
        'unitReport',
        w.units.u2,
        'Trạm y tế phường',
        'Năm 2025: Nộp muộn, nhận ngày 11/12/2025',
        '2025-12-11',
      ],
      ['unitReport', w.units.u3, 'Tổ dân phố số 1', 'Năm 2025: Chưa nộp', null],
    ]);
    expect(found.records[0]!.target).toEqual({ area: 'reports', path: ['don-vi'] });
    const share = await open(2025, 2026, 'unitReports', TOTAL_ROW, 'onTimeShare');
    expect(share.records.map((r) => r.detail)).toEqual([
      'Năm 2025: Đúng hạn, nhận ngày 10/12/2025',
      'Năm 2026: Đúng hạn, nhận ngày 20/11/2026',
      'Năm 2026: Đúng hạn, nhận ngày 25/11/2026',
    ]);
  });

  it('refuses a row or a column the table does not have', async () => {
    const badRow = await t.fail('statistics.records', {
      fromYear: 2026,
      toYear: 2026,
      table: 'awards',
      row: 'to_dan_pho_van_hoa', // retired, no lines: no row
      column: 'total',
    });
    expect(badRow.code).toBe('NOT_FOUND');
    const badYear = await t.fail('statistics.records', {
      fromYear: 2026,
      toYear: 2026,
      table: 'money',
      row: 'y2025',
      column: 'total',
    });
    expect(badYear.code).toBe('NOT_FOUND');
    const badColumn = await t.fail('statistics.records', {
      fromYear: 2026,
      toYear: 2026,
      table: 'models',
      row: TOTAL_ROW,
      column: 'money',
    });
    expect(badColumn.code).toBe('NOT_FOUND');
  });
});
