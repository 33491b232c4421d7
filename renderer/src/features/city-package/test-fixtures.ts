import type { CityTotals, ImportedPackage } from '../../../../shared/schemas/reports';
import { AWARDS_TABLE } from '../statistics/test-fixtures';

export const AN_BIEN: ImportedPackage = {
  id: 5,
  wardName: 'Phường An Biên',
  city: 'Hải Phòng',
  year: 2026,
  schemaVersion: 1,
  generatedAt: '2026-12-12T02:30:00.000Z',
  importedAt: '2026-12-16T03:00:00.000Z',
  awardCount: 96,
  money: 70_180_000,
};

export const LE_CHAN: ImportedPackage = {
  ...AN_BIEN,
  id: 6,
  wardName: 'Phường Lê Chân',
  generatedAt: '2026-12-14T01:00:00.000Z',
  importedAt: '2026-12-17T08:15:00.000Z',
  awardCount: 12,
  money: 9_120_000,
};

export const totalsOf = (year: number, packages: ImportedPackage[]): CityTotals => ({
  year,
  packages,
  tables: packages.length > 0 ? [AWARDS_TABLE] : [],
});
