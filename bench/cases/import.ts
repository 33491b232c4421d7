import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from '../../electron/core/db/connection';
import { generateWard } from '../../electron/core/seed';
import { buildPeopleWorkbook } from '../../electron/core/seed/workbook';
import { openApp, type AppUnderTest } from '../context';
import { median, result, sample, time, type BenchResult } from '../stats';

export const IMPORT_ROWS = 10_000;

/**
 * A 10,000-row people workbook from another seed of the generator, naming units that exist in the
 * database (the unit at the same position, so kinds and positions match), Ð look-alikes included.
 */
export async function importWorkbook(app: AppUnderTest, seed: number): Promise<Buffer> {
  const units = (await app.call('units.list', { status: 'all' })).slice().sort((a, b) => a.id - b.id);
  const people = generateWard({ size: 'large', seed: seed + 1 }).people.slice(0, IMPORT_ROWS);
  return buildPeopleWorkbook(people, (i) => units[i]?.name ?? null);
}

/** What the bare read does: load the workbook and touch every cell's value. */
async function readBare(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  let cells = 0;
  workbook.worksheets[0]?.eachRow((row) => {
    row.eachCell(() => cells++);
  });
  return cells;
}

/**
 * (d) Import of 10,000 people through `imports.commit` (read, validate, duplicate check against
 * the 100,000 already there, one transaction), on a copy of the database so the ward stays as
 * seeded. Baseline: reading the same workbook with exceljs alone.
 */
export async function benchImport(
  dataDir: string,
  scratchDir: string,
  bytes: Buffer,
): Promise<{ result: BenchResult; note: string }> {
  fs.mkdirSync(scratchDir, { recursive: true });
  fs.copyFileSync(path.join(dataDir, DB_FILE_NAME), path.join(scratchDir, DB_FILE_NAME));
  const app = openApp(scratchDir);
  let note: string;
  let value: number;
  try {
    const file = { fileName: 'danh-sach-ca-nhan.xlsx', base64: bytes.toString('base64') };
    let summary;
    value = await time(async () => {
      summary = await app.call('imports.commit', { kind: 'people', file, duplicateAction: 'skip' });
    });
    const c = (summary as unknown as { counts: Record<string, number> } | undefined)?.counts ?? {};
    note = `imported ${c.imported ?? 0}, updated ${c.updated ?? 0}, skipped ${c.skipped ?? 0}, refused ${c.refused ?? 0}`;
  } finally {
    app.core.close();
  }
  const bare = median(await sample(3, () => readBare(bytes), 1));
  return {
    result: result(
      'import.10k',
      `Import ${IMPORT_ROWS.toLocaleString('en-US')} people (imports.commit into a copy)`,
      value,
      bare,
    ),
    note,
  };
}
