import { describe, expect, it } from 'vitest';
import { commitImport } from './commit';
import { contextFor } from './testing/context';
import { addUnits, count, testDb } from './testing/db';
import { buildWorkbook, utcDate, type TestCell } from './testing/workbooks';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hoa', 'Lan', 'Mai', 'Nam', 'Phúc', 'Tuấn', 'Trang', 'Yến'];

describe('a large import', () => {
  it('commits 10,000 rows in one transaction within seconds', async () => {
    const units = Array.from({ length: 20 }, (_, i) => `Tổ dân phố ${i + 1}`);
    const rows: TestCell[][] = [
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị công tác', 'Điện thoại'],
    ];
    for (let i = 0; i < 10_000; i++) {
      const name = `${FAMILY[i % 8]} Văn ${GIVEN[(i >> 3) % 12]} ${i}`;
      rows.push([
        i + 1,
        name,
        utcDate(1950 + (i % 50), 1 + (i % 12), 1 + (i % 28)),
        i % 2 ? 'Nam' : 'Nữ',
        'Cán bộ',
        units[i % 20]!,
        '0912345678',
      ]);
    }
    const file = await buildWorkbook({ rows });
    const db = testDb();
    addUnits(db, units, 'residential_group');

    const started = performance.now();
    const summary = await commitImport(contextFor(db), { kind: 'people', file, duplicateAction: 'skip' });
    const seconds = (performance.now() - started) / 1000;

    expect(summary.counts).toEqual({ imported: 10_000, updated: 0, skipped: 0, refused: 0 });
    expect(count(db, 'people')).toBe(10_000);
    // About 2-3 s on an idle 2-core machine; the bound only catches a change of scale (rows × rows).
    expect(seconds).toBeLessThan(30);
  }, 120_000);
});
