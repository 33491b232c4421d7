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
import { benchAwards } from './cases/awards';
import { benchCertificates } from './cases/certificates';
import { benchReports } from './cases/reports';
import { benchDecisionPdf } from './cases/decisions';
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
    options: {
      data: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      // `--only awards`: run the cases whose ids start with it; their figures replace the same ids in --out.
      only: { type: 'string' },
    },
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
      if (values.only !== undefined && !ids.some(({ id }) => id.startsWith(values.only!))) return;
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
      await attempt(
        [
          { id: 'awards.search.year', label: 'Award lookup, one year and title' },
          { id: 'awards.search.name.p50', label: 'Award lookup by folded name, p50' },
          { id: 'awards.search.name.p95', label: 'Award lookup by folded name, p95' },
          { id: 'awards.history.p95', label: 'A person’s award history, p95' },
        ],
        () => benchAwards(app, raw, seed),
      );
      await attempt(
        [
          { id: 'reports.summary.year', label: 'Yearly summary figures, newest year' },
          { id: 'reports.summary.10y', label: 'Summary figures, ten years' },
          { id: 'reports.summary.pdf', label: 'Yearly summary PDF' },
        ],
        () => benchReports(app, ward.dataDir, raw),
      );
      await attempt([{ id: 'decisions.pdf.large', label: 'PDF of the longest decision' }], async () => {
        const r = await benchDecisionPdf(app, raw);
        notes[r.result.id] = r.note;
        return [r.result];
      });
    } finally {
      raw.close();
      app.core.close();
    }
    // On its own small data folder: a decision of 1,000 people, signed, printed as one PDF.
    await attempt([{ id: 'certificates.1k', label: '1,000 Giấy khen of one decision (job)' }], async () => {
      const r = await benchCertificates();
      notes['certificates.1k'] = r.note;
      return r.results;
    });

    // A partial run (--only) keeps the other figures of the previous run.
    const kept =
      values.only !== undefined && fs.existsSync(out)
        ? (JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResult[]).filter(
            (r) => !results.some((x) => x.id === r.id),
          )
        : [];
    fs.writeFileSync(out, `${JSON.stringify([...kept, ...results], null, 2)}\n`);
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
