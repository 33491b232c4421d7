import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { AppUnderTest } from '../context';
import { median, result, time, type BenchResult } from '../stats';

/** The columns the export writes, read the plain way in the same order. */
const ROWS_SQL = `SELECT p.full_name, p.gender, p.birth_date, p.birth_year, u.name AS unit_name, p.position,
    p.staff_category, p.active
  FROM people p LEFT JOIN units u ON u.id = p.unit_id
  WHERE p.deleted_at IS NULL ORDER BY p.sort_key, p.id`;

/** Every live person through a bare exceljs streaming writer into memory; returns the byte count. */
async function writeBare(raw: Database.Database): Promise<number> {
  const sink = new PassThrough();
  let bytes = 0;
  sink.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet
    .addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đơn vị', 'Chức vụ', 'Đối tượng', 'Trạng thái'])
    .commit();
  let n = 0;
  for (const r of raw.prepare(ROWS_SQL).iterate() as IterableIterator<
    Record<string, string | number | null>
  >) {
    sheet
      .addRow([
        ++n,
        r.full_name,
        r.gender,
        r.birth_date ?? r.birth_year,
        r.unit_name,
        r.position,
        r.staff_category,
        r.active,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return bytes;
}

/**
 * (e) Export of every person (100,000 rows) through `people.export`, the save dialog replaced by
 * one that keeps the bytes. Baseline: the same rows read in raw SQL and written with a bare
 * exceljs streaming writer (no title, styles or formula guards).
 */
export async function benchExport(
  app: AppUnderTest,
  raw: Database.Database,
): Promise<{ result: BenchResult; note: string }> {
  const values: number[] = [];
  const bares: number[] = [];
  let bareBytes = 0;
  // Interleaved, so a busy moment of the machine weighs on both sides alike.
  for (let run = 0; run < RUNS; run++) {
    app.ctx.saved.length = 0;
    values.push(await time(() => app.call('people.export', { status: 'all' })));
    bares.push(await time(async () => (bareBytes = await writeBare(raw))));
  }
  const saved = app.ctx.saved[0];
  const note = `${saved ? (saved.bytes.length / 1e6).toFixed(1) : '?'} MB vs bare ${(bareBytes / 1e6).toFixed(1)} MB`;
  return {
    result: result(
      'export.100k',
      `Export all people (people.export, ~100,000 rows), median of ${RUNS}`,
      median(values),
      median(bares),
    ),
    note,
  };
}

const RUNS = 3;
