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
