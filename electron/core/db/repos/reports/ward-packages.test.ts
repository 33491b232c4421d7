import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../testing/award-fixtures';
import {
  deleteWardPackage,
  findWardPackage,
  getWardPackage,
  insertWardPackage,
  listWardPackagePayloads,
  listWardPackages,
  replaceWardPackage,
  type WardPackageInput,
} from './ward-packages';
import type { Db } from '../../types';

let close: (() => void) | undefined;
afterEach(() => close?.());

function setup(): Db {
  const t = openTestDb();
  close = t.close;
  return t.db;
}

const pkg = (more: Partial<WardPackageInput> = {}): WardPackageInput => ({
  wardName: 'Phường Lê Chân',
  wardFolded: 'phuong le chan',
  city: 'Hải Phòng',
  year: 2026,
  schemaVersion: 1,
  generatedAt: '2026-12-10T02:00:00.000Z',
  importedAt: '2026-12-12T03:00:00.000Z',
  sha256: 'a'.repeat(64),
  payloadJson: '{"year":2026}',
  awardCount: 3,
  money: 2_280_000,
  ...more,
});

describe('ward_packages repo', () => {
  it('stores a package and finds it by year and folded ward name', () => {
    const db = setup();
    const id = insertWardPackage(db, pkg());
    const summary = {
      id,
      wardName: 'Phường Lê Chân',
      city: 'Hải Phòng',
      year: 2026,
      schemaVersion: 1,
      generatedAt: '2026-12-10T02:00:00.000Z',
      importedAt: '2026-12-12T03:00:00.000Z',
      awardCount: 3,
      money: 2_280_000,
    };
    expect(getWardPackage(db, id)).toEqual(summary);
    expect(findWardPackage(db, 2026, 'phuong le chan')).toEqual(summary);
    expect(findWardPackage(db, 2025, 'phuong le chan')).toBeUndefined();
    expect(listWardPackagePayloads(db, 2026)).toEqual([{ id, payloadJson: '{"year":2026}' }]);
  });

  it('keeps one package per ward and year', () => {
    const db = setup();
    insertWardPackage(db, pkg());
    expect(() => insertWardPackage(db, pkg({ wardName: 'phường lê chân' }))).toThrow(/UNIQUE/);
    insertWardPackage(db, pkg({ year: 2025 }));
    insertWardPackage(db, pkg({ wardName: 'Phường Ngô Quyền', wardFolded: 'phuong ngo quyen' }));
    expect(
      listWardPackages(db, 2026)
        .map((p) => p.wardName)
        .sort(),
    ).toEqual(['Phường Lê Chân', 'Phường Ngô Quyền']);
    expect(listWardPackages(db, 2025)).toHaveLength(1);
  });

  it('replaces a package in place and deletes it', () => {
    const db = setup();
    const id = insertWardPackage(db, pkg());
    replaceWardPackage(
      db,
      id,
      pkg({ awardCount: 5, money: 3_800_000, sha256: 'b'.repeat(64), payloadJson: '{}' }),
    );
    expect(getWardPackage(db, id)).toMatchObject({ awardCount: 5, money: 3_800_000 });
    expect(listWardPackagePayloads(db, 2026)).toEqual([{ id, payloadJson: '{}' }]);
    deleteWardPackage(db, id);
    expect(getWardPackage(db, id)).toBeUndefined();
  });

  it('refuses rows the checks do not allow', () => {
    const db = setup();
    expect(() => insertWardPackage(db, pkg({ sha256: 'xyz' }))).toThrow(/CHECK/);
    expect(() => insertWardPackage(db, pkg({ sha256: 'A'.repeat(64) }))).toThrow(/CHECK/);
    expect(() => insertWardPackage(db, pkg({ payloadJson: '{not json' }))).toThrow(/CHECK/);
    expect(() => insertWardPackage(db, pkg({ money: -1 }))).toThrow(/CHECK/);
    expect(() => insertWardPackage(db, pkg({ generatedAt: '10/12/2026' }))).toThrow(/CHECK/);
    expect(() => insertWardPackage(db, pkg({ wardFolded: '' }))).toThrow(/CHECK/);
    expect(listWardPackages(db, 2026)).toEqual([]);
  });
});
