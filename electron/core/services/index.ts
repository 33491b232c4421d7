import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import { createSettingsService, type SettingsService } from './settings';
import { createUnitsService, type UnitsService } from './units';
import { createClustersService, type ClustersService } from './clusters';
import { createPeopleService, type PeopleService } from './people';
import { createHouseholdsService, type HouseholdsService } from './households';
import { createCatalogueService, type CatalogueService } from './catalogue';
import { createAwardHistoryService, type AwardHistoryService } from './award-history';
import { createDecisionsService, type DecisionsService } from './decisions';
import { createDocumentsService, type DocumentsService } from './documents';
import { createProposalsService, type ProposalsService } from './proposals';
import { createExemplarsService, type ExemplarsService } from './exemplars';
import { createRegistrationsService, type RegistrationsService } from './registrations';
import { createDecisionListsService, type DecisionListsService } from './decision-hints';
import { createMovementsService, type MovementsService } from './movements';
import { createUnitReportsService } from './reports/unit-reports';
import type {
  CityPackageService,
  StatisticsService,
  UnitReportsService,
  YearlyReportService,
} from './reports/types';
import { createStatisticsService } from './reports/statistics';
import { createCityPackageService } from './reports/city-package';
import { createYearlyReportService } from './reports/yearly-report';
import type { DataKeeper } from '../backup/keeper';
import type { StartupNoticeKeeper } from '../backup/swap-notice';

export interface CorePaths {
  dataDir: string;
  databaseFile: string;
  logFile: string;
  /** resources/fonts (Tinos) for the PDFs: the packaged app's unpacked copy, or the sources' folder. */
  fontsDir: string;
}

/** Everything a handler may use: the services and the few facts about where they run. */
export interface CoreServices {
  db: Db;
  clock: Clock;
  log: Logger;
  paths: CorePaths;
  appVersion: string;
  settings: SettingsService;
  units: UnitsService;
  clusters: ClustersService;
  people: PeopleService;
  households: HouseholdsService;
  /** The award catalogue and the base salary table. */
  catalogue: CatalogueService;
  /** Read-only helpers of a decision's list: pasted-block matching and eligibility hints. */
  decisionLists: DecisionListsService;
  /** Award history of a recipient and the yearly award lookup (read only). */
  awardHistory: AwardHistoryService;
  /** Award decisions (Quyết định khen thưởng) and their lists. */
  decisions: DecisionsService;
  /** The decision PDF, Giấy khen (background jobs), their layout settings and print history. */
  documents: DocumentsService;
  /** Proposals (đề nghị khen thưởng), the Hội đồng's review, and approved candidates into a decision. */
  proposals: ProposalsService;
  /** Exemplary models (điển hình tiên tiến): the four-stage cycle and evidence files. */
  exemplars: ExemplarsService;
  /** Registrations (đăng ký thi đua) for a movement or a year, their review and year-end result. */
  registrations: RegistrationsService;
  /** Emulation movements (phong trào thi đua): criteria, participating units, status, archive. */
  movements: MovementsService;
  /** The units' yearly reports (received date, file, on time) and the chase list. */
  unitReports: UnitReportsService;
  /** The statistics tables (Thông tư 02/2023), the records behind each cell, the charts, the workbook. */
  statistics: StatisticsService;
  /** The package for the city (.xlsx + JSON twin) and the city-level totals of imported packages. */
  cityPackage: CityPackageService;
  /** The ward's yearly summary (báo cáo tổng kết): typed text per year, status, PDF and workbook. */
  yearlyReport: YearlyReportService;
  /** Backups, restore and recovery: outlives this set of services (a restore builds a new one). */
  keeper: DataKeeper;
  /** The notice of a restore cut off at the last run, until dismissed: outlives this set of services too. */
  startupNotice: StartupNoticeKeeper;
}

/** What the services are built from. */
export type ServiceBase = Pick<
  CoreServices,
  'db' | 'clock' | 'log' | 'paths' | 'appVersion' | 'keeper' | 'startupNotice'
>;

export function createServices(base: ServiceBase): CoreServices {
  const settings = createSettingsService(base.db, base.clock);
  const deps = { db: base.db, clock: base.clock, settings };
  const units = createUnitsService(deps);
  const people = createPeopleService(deps);
  const households = createHouseholdsService(deps);
  const decisions = createDecisionsService({ ...deps, people, units, households });
  const statistics = createStatisticsService({ ...deps, fontsDir: base.paths.fontsDir });
  return {
    ...base,
    settings,
    units,
    clusters: createClustersService(deps),
    people,
    households,
    catalogue: createCatalogueService(deps),
    decisionLists: createDecisionListsService(deps),
    awardHistory: createAwardHistoryService(deps),
    decisions,
    documents: createDocumentsService({ ...deps, log: base.log, fontsDir: base.paths.fontsDir, decisions }),
    proposals: createProposalsService({ ...deps, decisions: () => decisions }),
    exemplars: createExemplarsService(deps),
    registrations: createRegistrationsService(deps),
    movements: createMovementsService(deps),
    statistics,
    yearlyReport: createYearlyReportService({
      ...deps,
      fontsDir: base.paths.fontsDir,
      statistics: () => statistics,
    }),
    unitReports: createUnitReportsService({ ...deps, fontsDir: base.paths.fontsDir }),
    cityPackage: createCityPackageService({
      ...deps,
      appVersion: base.appVersion,
      statistics: () => statistics,
    }),
  };
}
