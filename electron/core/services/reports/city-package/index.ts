import type { CityPackageService } from '../types';
import { buildCityPackage, packageJsonFile, type CityPackageDeps } from './build';
import { packageWorkbook } from './workbook';
import { createPackageStore } from './store';
import { cityTotals, totalsWorkbook } from './totals';

export type { CityPackageDeps };

/**
 * The package the ward sends the city (an .xlsx in a fixed layout and its JSON twin, LAYOUT.md) and
 * the city side: importing wards' JSON twins and adding their tables up.
 */
export function createCityPackageService(deps: CityPackageDeps): CityPackageService {
  const store = createPackageStore(deps);
  const totals = (year: number) => cityTotals(deps.db, year, store.list(year));
  return {
    workbook: (year) => packageWorkbook(buildCityPackage(deps, year)),
    json: (year) => packageJsonFile(buildCityPackage(deps, year)),
    import: store.importPackage,
    list: store.list,
    remove: store.remove,
    totals,
    totalsWorkbook: (year) => totalsWorkbook(totals(year), deps.clock.now()),
  };
}
