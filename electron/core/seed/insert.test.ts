import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../app';
import type { RequestContext } from '../api/router';
import { DB_FILE_NAME } from '../db/connection';
import { foldForSearch } from '../../../shared/rules/search';
import { tempDir } from '../testing/temp';
import type { ApiResult } from '../../../shared/api/envelope';
import type { Page, PersonRow } from '../../../shared/schemas/registry/people';
import type { HouseholdRow } from '../../../shared/schemas/registry/households';
import type { UnitRow } from '../../../shared/schemas/registry/units';
import { seedDataFolder, type SeedFolderResult } from './folder';
import { generateWard } from './generate';

const noDialogs: RequestContext = {
  dialogs: { saveFile: () => Promise.reject(new Error('no dialogs in this test')) },
};

function data<T>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as T;
}

const clean = (s: string) =>
  s === s.normalize('NFC') && !s.includes('\u00D0') && s === s.trim() && !s.includes('  ');

describe('seeding the small ward into a data folder', () => {
  const temp = tempDir('tdkt-seed-');
  let report: SeedFolderResult;
  let core: Core;
  const invoke = async <T>(channel: string, input: unknown) =>
    data<T>(await core.router.invoke(channel, input, noDialogs));

  beforeAll(() => {
    report = seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 11, at: '2026-07-01T08:00:00.000Z' });
    core = startCore({ dataDir: temp.dir, appVersion: 'test' });
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('stores every generated record, as the app lists them', async () => {
    const ward = generateWard({ size: 'small', seed: 11 });
    expect(report.counts).toEqual({
      units: ward.units.length,
      clusters: ward.clusters.length,
      people: ward.people.length,
      households: ward.households.length,
      decisions: ward.decisions.length,
      awards: ward.decisions.reduce((n, d) => n + d.lines.length, 0),
      movements: ward.movements.length,
      registrations: ward.registrations.length,
      models: ward.models.length,
      proposals: 3,
      unitReports: ward.unitReports.length,
    });
    const people = await invoke<Page<PersonRow>>('people.list', { status: 'all', limit: 500 });
    expect(people.total).toBe(ward.people.length);
    const households = await invoke<Page<HouseholdRow>>('households.list', { limit: 500 });
    expect(households.total).toBe(ward.households.length);
    const units = await invoke<UnitRow[]>('units.list', { status: 'all' });
    expect(units).toHaveLength(ward.units.length);
  });

  it('stores names normalised: NFC, Đ instead of the Ð look-alike, single spaces', async () => {
    const people = await invoke<Page<PersonRow>>('people.list', { status: 'all', limit: 500 });
    const households = await invoke<Page<HouseholdRow>>('households.list', { limit: 500 });
    const units = await invoke<UnitRow[]>('units.list', { status: 'all' });
    const names = [
      ...people.rows.map((p) => p.fullName),
      ...households.rows.map((h) => h.headName),
      ...units.map((u) => u.name),
    ];
    expect(names.filter((n) => !clean(n))).toEqual([]);
    // The raw Ð names are there, now spelled with Đ.
    const ward = generateWard({ size: 'small', seed: 11 });
    const raw = ward.people.find((p) => p.input.fullName.includes('\u00D0'))!.input.fullName;
    const fixed = raw
      .normalize('NFC')
      .replace(/\u00D0/g, 'Đ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(people.rows.map((p) => p.fullName)).toContain(fixed);
  });

  it('links the unit tree: every parent exists and no unit is its own ancestor', async () => {
    const units = await invoke<UnitRow[]>('units.list', { status: 'all' });
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const seen = new Set<number>();
      for (
        let at: UnitRow | undefined = u;
        at !== undefined && at.parentId !== null;
        at = byId.get(at.parentId)
      ) {
        expect(byId.has(at.parentId), `parent of ${at.name}`).toBe(true);
        expect(seen.has(at.id), `cycle through ${at.name}`).toBe(false);
        seen.add(at.id);
      }
    }
    expect(units.some((u) => u.parentId !== null)).toBe(true);
  });

  it('finds a generated person by typing without diacritics', async () => {
    const hasWord = (name: string) =>
      foldForSearch(name)
        .split(' ')
        .some((w) => w.startsWith('nguyen'));
    const expected = generateWard({ size: 'small', seed: 11 }).people.filter((p) =>
      hasWord(p.input.fullName),
    ).length;
    const found = await invoke<Page<PersonRow>>('people.list', {
      query: 'Nguyen',
      status: 'all',
      limit: 500,
    });
    expect(found.total).toBe(expected);
    expect(found.rows.every((p) => hasWord(p.fullName))).toBe(true);
  });
});

describe('seeded award decisions', () => {
  const temp = tempDir('tdkt-seed-');
  let core: Core;
  const invoke = async <T>(channel: string, input: unknown) =>
    data<T>(await core.router.invoke(channel, input, noDialogs));
  beforeAll(() => {
    seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 11, at: '2026-07-01T08:00:00.000Z' });
    core = startCore({ dataDir: temp.dir, appVersion: 'test' });
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('numbers each year from 01 in date order, with one draft this year and one cancelled decision', () => {
    const rows = core.services.db
      .prepare(
        'SELECT year, number, number_text AS text, decision_date AS date, status FROM decisions ORDER BY year, number',
      )
      .all() as {
      year: number;
      number: number | null;
      text: string | null;
      date: string | null;
      status: string;
    }[];
    const years = [...new Set(rows.map((r) => r.year))];
    expect(years).toEqual([2023, 2024, 2025, 2026]);
    for (const year of years) {
      const numbered = rows.filter((r) => r.year === year && r.number !== null);
      expect(numbered.map((r) => r.number)).toEqual(numbered.map((_r, i) => i + 1));
      expect(numbered[0]?.text).toBe('01/QĐ-UBND');
      const dates = numbered.map((r) => r.date!);
      expect(dates).toEqual([...dates].sort());
    }
    expect(rows.filter((r) => r.status === 'draft').map((r) => r.year)).toEqual([2026]);
    expect(rows.filter((r) => r.status === 'cancelled').map((r) => r.year)).toEqual([2025]);
  });

  it('computes money from the base salary on the decision date and pays only the highest title', () => {
    const db = core.services.db;
    const line = (code: string, year: number) =>
      db
        .prepare(
          `SELECT a.amount, a.paid, a.base_salary_used AS base FROM awards a JOIN decisions d ON d.id = a.decision_id
           JOIN award_catalogue c ON c.id = a.catalogue_id WHERE c.code = ? AND d.year = ? AND a.paid = 1 LIMIT 1`,
        )
        .get(code, year) as { amount: number; paid: number; base: number | null };
    // 2025: 2,340,000 in force; LĐTT 0.3 → 710,000 (rounded up); CSTĐ 1.0 → 2,340,000; GĐVH none.
    expect(line('lao_dong_tien_tien', 2025)).toEqual({ amount: 710_000, paid: 1, base: 2_340_000 });
    expect(line('chien_si_thi_dua_co_so', 2025)).toEqual({ amount: 2_340_000, paid: 1, base: 2_340_000 });
    expect(line('gia_dinh_van_hoa', 2025)).toEqual({ amount: 0, paid: 1, base: null });
    // 2023-12: 1,800,000 → LĐTT 540,000.
    expect(line('lao_dong_tien_tien', 2023)).toEqual({ amount: 540_000, paid: 1, base: 1_800_000 });
    const unpaid = db
      .prepare(
        `SELECT count(*) AS n FROM awards a JOIN award_catalogue c ON c.id = a.catalogue_id
         WHERE c.code = 'lao_dong_tien_tien' AND a.paid = 0 AND a.amount = 0 AND a.register_number IS NOT NULL`,
      )
      .get() as { n: number };
    expect(unpaid.n).toBeGreaterThan(0);
  });

  it('gives every signed line a số sổ vàng running from 1 per year, and none to the draft', () => {
    const db = core.services.db;
    const perYear = db
      .prepare(
        `SELECT a.register_year AS year, count(*) AS n, min(a.register_number) AS lo, max(a.register_number) AS hi
         FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE d.status <> 'draft' GROUP BY a.register_year`,
      )
      .all() as { year: number; n: number; lo: number; hi: number }[];
    for (const y of perYear) expect([y.lo, y.hi]).toEqual([1, y.n]);
    const draftNumbered = db
      .prepare(
        `SELECT count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id
                WHERE d.status = 'draft' AND a.register_number IS NOT NULL`,
      )
      .get() as { n: number };
    expect(draftNumbered.n).toBe(0);
  });

  it('serves the lookup and a person’s history from the seeded decisions', async () => {
    const page = await invoke<{ total: number; totalAmount: number; rows: { name: string }[] }>(
      'awards.search',
      {
        year: 2025,
        search: 'nguyen',
      },
    );
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows.every((r) => foldForSearch(r.name).includes('nguyen'))).toBe(true);
    const someone = page.rows[0]!;
    const history = await invoke<{ awards: { name: string }[] }>('awards.history', {
      kind: (someone as unknown as { recipientKind: string }).recipientKind,
      id: (someone as unknown as { recipientId: number }).recipientId,
    });
    expect(history.awards.length).toBeGreaterThan(0);
  });
});

describe('seeded movements, registrations and models', () => {
  const temp = tempDir('tdkt-seed-');
  let core: Core;
  const rows = <T>(sql: string) => core.services.db.prepare(sql).all() as T[];
  beforeAll(() => {
    seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 11, at: '2026-07-01T08:00:00.000Z' });
    core = startCore({ dataDir: temp.dir, appVersion: 'test' });
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('ends every model’s stored history in its current stage, dated in order, moved by an officer', () => {
    const models = rows<{ id: number; stage: string; discovered: string }>(
      'SELECT id, stage, discovered_on AS discovered FROM exemplary_models',
    );
    const history = rows<{ modelId: number; stage: string; on: string; by: string }>(
      'SELECT model_id AS modelId, stage, on_date AS "on", moved_by AS by FROM model_stage_history ORDER BY id',
    );
    expect(models.length).toBeGreaterThan(0);
    for (const m of models) {
      const own = history.filter((h) => h.modelId === m.id);
      expect(own[0]?.stage).toBe('discovered');
      expect(own[0]?.on).toBe(m.discovered);
      expect(own.at(-1)?.stage).toBe(m.stage);
      const dates = own.map((h) => h.on);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      for (const h of own) expect(h.by).not.toBe('');
    }
  });

  it('keeps registration results to approved ones and respects registrations_once', () => {
    const bad = rows<{ n: number }>(
      `SELECT count(*) AS n FROM registrations WHERE result IS NOT NULL AND status <> 'approved'`,
    );
    expect(bad[0]?.n).toBe(0);
    const returned = rows<{ reason: string | null }>(
      `SELECT return_reason AS reason FROM registrations WHERE status = 'returned'`,
    );
    expect(returned.length).toBeGreaterThan(0);
    expect(returned.every((r) => r.reason !== null && r.reason !== '')).toBe(true);
    const results = rows<{ result: string; n: number }>(
      'SELECT result, count(*) AS n FROM registrations WHERE year < 2026 GROUP BY result ORDER BY result',
    );
    expect(results.map((r) => r.result)).toEqual(['achieved', 'not_achieved']);
    const index = rows<{ name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'registrations_once'`,
    );
    expect(index).toHaveLength(1);
  });

  it('links the year’s decisions to movements and lists the seed plan among the movements', async () => {
    const linked = rows<{ n: number }>('SELECT count(*) AS n FROM decisions WHERE movement_id IS NOT NULL');
    expect(linked[0]?.n).toBeGreaterThan(10);
    const list = data<{ name: string; status: string }[]>(
      await core.router.invoke('movements.list', {}, noDialogs),
    );
    const plan = list.find((m) => m.name.includes('(2026-2030)'));
    expect(plan?.status).toBe('in_progress');
  });
  it('shows the proposal flow: one waiting, one reviewed, one decided into the year’s draft decision', async () => {
    const list = data<{ id: number; status: string; year: number }[]>(
      await core.router.invoke('proposals.list', {}, noDialogs),
    );
    expect(list.map((p) => p.status).sort()).toEqual(['decided', 'reviewed', 'submitted']);
    expect(list.every((p) => p.year === 2026)).toBe(true);
    const decided = list.find((p) => p.status === 'decided')!;
    const candidates = data<{ outcome: string | null; decisionId: number | null }[]>(
      await core.router.invoke('proposals.candidates', { id: decided.id }, noDialogs),
    );
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.outcome === 'approved' && c.decisionId !== null)).toBe(true);
    // Each decided candidate is a line of that draft, pointing back at it.
    const linked = rows<{ n: number }>(
      `SELECT count(*) AS n FROM awards a JOIN proposal_candidates c ON c.id = a.proposal_candidate_id
       WHERE c.proposal_id = ${decided.id} AND a.decision_id = c.decision_id`,
    );
    expect(linked[0]?.n).toBe(candidates.length);
    const reviewed = list.find((p) => p.status === 'reviewed')!;
    const outcomes = data<{ outcome: string | null }[]>(
      await core.router.invoke('proposals.candidates', { id: reviewed.id }, noDialogs),
    ).map((c) => c.outcome);
    expect(outcomes).toEqual(['approved', 'approved', 'rejected']);
  });
});

describe('seeded unit reports', () => {
  const temp = tempDir('tdkt-seed-');
  let core: Core;
  const invoke = async <T>(channel: string, input: unknown) =>
    data<T>(await core.router.invoke(channel, input, noDialogs));
  beforeAll(() => {
    seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 11, at: '2026-07-01T08:00:00.000Z' });
    core = startCore({ dataDir: temp.dir, appVersion: 'test' });
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('stores each generated report once, judged against 10/12 of its year', () => {
    const ward = generateWard({ size: 'small', seed: 11 });
    const stored = core.services.db
      .prepare('SELECT year, received_on AS receivedOn, on_time AS onTime FROM unit_reports')
      .all() as { year: number; receivedOn: string; onTime: number }[];
    expect(stored).toHaveLength(ward.unitReports.length);
    for (const r of stored) expect(r.onTime).toBe(r.receivedOn <= `${r.year}-12-10` ? 1 : 0);
  });

  it('lists every expected unit of a past year as reported on time, late or missing, all but a few on time', async () => {
    for (const year of [2025, 2026]) {
      const list = await invoke<{
        rows: { expected: boolean }[];
        counts: { expected: number; onTime: number; late: number; pending: number; missing: number };
      }>('unitReports.list', { year });
      // Every generated unit takes part in the five-year plan: all reports are of expected units.
      expect(list.rows.every((r) => r.expected)).toBe(true);
      const c = list.counts;
      expect(c.onTime + c.late + c.pending + c.missing).toBe(c.expected);
      if (year === 2025) {
        expect(c.late).toBeGreaterThanOrEqual(1);
        expect(c.missing).toBeGreaterThanOrEqual(1);
        expect(c.onTime).toBeGreaterThan(c.expected * 0.75);
      }
    }
  });
});

describe('seedDataFolder', () => {
  it('refuses a folder that already holds data and leaves the file as it was', () => {
    const temp = tempDir('tdkt-seed-');
    try {
      seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 1 });
      const file = path.join(temp.dir, DB_FILE_NAME);
      const before = fs.readFileSync(file);
      expect(() => seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 2 })).toThrow(/đã có dữ liệu/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      temp.cleanup();
    }
  });
});
