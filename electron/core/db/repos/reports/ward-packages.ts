import type { Db } from '../../types';
import { prepared } from '../prepared';
import type { ImportedPackage } from '../../../../../shared/schemas/reports';

/** A ward's package as stored (migration 009): what the list shows plus the payload as received. */
export interface WardPackageInput {
  wardName: string;
  /** foldForSearch(wardName): one ward however its name is cased or accented. */
  wardFolded: string;
  city: string;
  year: number;
  schemaVersion: number;
  generatedAt: string;
  importedAt: string;
  sha256: string;
  payloadJson: string;
  awardCount: number;
  money: number;
}

const SUMMARY = `id, ward_name AS wardName, city, year, schema_version AS schemaVersion,
  generated_at AS generatedAt, imported_at AS importedAt, award_count AS awardCount, money`;

/** The package of a ward (by folded name) for a year, if one was imported. */
export function findWardPackage(db: Db, year: number, wardFolded: string): ImportedPackage | undefined {
  return prepared(db, `SELECT ${SUMMARY} FROM ward_packages WHERE year = ? AND ward_folded = ?`).get(
    year,
    wardFolded,
  ) as ImportedPackage | undefined;
}

export function getWardPackage(db: Db, id: number): ImportedPackage | undefined {
  return prepared(db, `SELECT ${SUMMARY} FROM ward_packages WHERE id = ?`).get(id) as
    ImportedPackage | undefined;
}

/** The year's packages, unsorted (the service sorts by Vietnamese ward name). */
export function listWardPackages(db: Db, year: number): ImportedPackage[] {
  return prepared(db, `SELECT ${SUMMARY} FROM ward_packages WHERE year = ?`).all(year) as ImportedPackage[];
}

/** The stored JSON twins of the year's packages, by id. */
export function listWardPackagePayloads(db: Db, year: number): { id: number; payloadJson: string }[] {
  return prepared(db, `SELECT id, payload_json AS payloadJson FROM ward_packages WHERE year = ?`).all(
    year,
  ) as {
    id: number;
    payloadJson: string;
  }[];
}

export function insertWardPackage(db: Db, p: WardPackageInput): number {
  const result = prepared(
    db,
    `INSERT INTO ward_packages (ward_name, ward_folded, city, year, schema_version, generated_at, imported_at,
       sha256, payload_json, award_count, money)
     VALUES (@wardName, @wardFolded, @city, @year, @schemaVersion, @generatedAt, @importedAt, @sha256,
       @payloadJson, @awardCount, @money)`,
  ).run(p);
  return Number(result.lastInsertRowid);
}

/** Replaces a stored package by a newer one of the same ward and year, keeping its id. */
export function replaceWardPackage(db: Db, id: number, p: WardPackageInput): void {
  prepared(
    db,
    `UPDATE ward_packages SET ward_name = @wardName, ward_folded = @wardFolded, city = @city, year = @year,
       schema_version = @schemaVersion, generated_at = @generatedAt, imported_at = @importedAt, sha256 = @sha256,
       payload_json = @payloadJson, award_count = @awardCount, money = @money
     WHERE id = @id`,
  ).run({ ...p, id });
}

export function deleteWardPackage(db: Db, id: number): void {
  prepared(db, 'DELETE FROM ward_packages WHERE id = ?').run(id);
}
