import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../electron/core/seed';
import { benchExport } from './cases/export';
import { benchImport, importWorkbook } from './cases/import';
import { benchListPage } from './cases/list';
import { benchOpen } from './cases/open';
import { benchSearch } from './cases/search';
import { openApp, openRaw } from './context';
import { result, table, type BenchResult } from './stats';
import { checkTargets } from './targets';
import { prepareWard } from './ward';

/**
 * `npm run bench [-- --data <dir>] [--seed N] [--out file]`: seeds the large ward (or reuses a
 * seeded folder), measures the registry's heavy paths against their plainest baselines and writes
 * bench/results.json. Figures are for comparing runs on one machine, not absolute promises.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: false,
  });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const out = path.resolve(values.out ?? path.join(__dirname, 'results.json'));

  const ward = prepareWard(values.data, seed);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-import-'));
  const results: BenchResult[] = [];
  const notes: Record<string, string> = {};
  try {
    if (ward.seeded) {
      const s = ward.seeded;
      console.log(
        `Seeded large ward in ${ward.dataDir}: ${s.counts.units} units, ${s.counts.people} people, ${s.counts.households} households; ` +
          `generate ${s.generateMs} ms, insert ${s.ms.total} ms (people ${s.ms.people}, households ${s.ms.households}).`,
      );
    } else console.log(`Reusing the seeded data in ${ward.dataDir}.`);

    const attempt = async (ids: { id: string; label: string }[], work: () => Promise<BenchResult[]>) => {
      try {
        results.push(...(await work()));
      } catch (error) {
        // A missing or failing feature leaves its figure empty with the reason, not the whole run.
        for (const { id, label } of ids) {
          results.push(result(id, label, null, null));
          notes[id] = `not measured: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160);
        }
      }
    };

    await attempt([{ id: 'open', label: 'Open + migrate the large database' }], async () => [
      await benchOpen(ward.dataDir),
    ]);
    const app = openApp(ward.dataDir);
    const raw = openRaw(ward.dataDir);
    try {
      await attempt([{ id: 'list.first-page', label: 'People list, first page' }], async () => [
        await benchListPage(app, raw),
      ]);
      await attempt(
        [
          { id: 'search.p50', label: 'Search by folded prefix, p50' },
          { id: 'search.p95', label: 'Search by folded prefix, p95' },
        ],
        () => benchSearch(app, raw, seed),
      );
      await attempt([{ id: 'import.10k', label: 'Import 10,000 people' }], async () => {
        const bytes = await importWorkbook(app, seed);
        const r = await benchImport(ward.dataDir, scratch, bytes);
        notes[r.result.id] = r.note;
        return [r.result];
      });
      await attempt([{ id: 'export.100k', label: 'Export all people' }], async () => {
        const r = await benchExport(app, raw);
        notes[r.result.id] = r.note;
        return [r.result];
      });
    } finally {
      raw.close();
      app.core.close();
    }

    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${table(results, notes)}\n`);
    for (const line of checkTargets(results)) console.log(line);
    console.log(`\nWrote ${path.relative(process.cwd(), out) || out}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    ward.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
