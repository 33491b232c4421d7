import type { ServiceDeps } from '../../audit-trail';
import type { StatisticsService } from '../types';
import type { ExportFile } from '../../registry-export';
import { listPackageAwards } from '../../../db/repos/reports/package-awards';
import { CITY_PACKAGE_FORMAT, CITY_PACKAGE_SCHEMA_VERSION } from '../../../../../shared/domain/reports';
import type { CityPackage } from '../../../../../shared/schemas/city-package';
import { packageFileName } from './layout';

export interface CityPackageDeps extends ServiceDeps {
  /** The app's version, written in the package (appVersion). */
  appVersion: string;
  /** The statistics tables of the year (asked lazily: the services are built in any order). */
  statistics: () => StatisticsService;
}

/**
 * The ward's package for a year (LAYOUT.md): the ward from settings, the six statistics tables of
 * the year as the statistics screen shows them, every line of the year's signed decisions.
 */
export function buildCityPackage(deps: CityPackageDeps, year: number): CityPackage {
  const { wardName, city } = deps.settings.get();
  return {
    format: CITY_PACKAGE_FORMAT,
    schemaVersion: CITY_PACKAGE_SCHEMA_VERSION,
    ward: { name: wardName, city },
    year,
    generatedAt: deps.clock.now().toISOString(),
    appVersion: deps.appVersion,
    tables: deps.statistics().tables({ fromYear: year, toYear: year }).tables,
    awards: listPackageAwards(deps.db, year),
  };
}

/** The JSON twin: UTF-8, indented by two spaces, ending with a newline. */
export function packageJsonFile(pkg: CityPackage): ExportFile {
  return {
    suggestedName: packageFileName(pkg.ward.name, pkg.year, 'json'),
    bytes: new Uint8Array(Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`, 'utf8')),
  };
}
