/**
 * Generated wards for development, tests and benchmarks: `generateWard` gives plain arrays of raw
 * inputs (pure, deterministic per seed), `insertWard` stores them through the repositories.
 */
export { generateWard, DEFAULT_SEED } from './generate';
export { insertWard, SEED_ACTOR, type SeedReport } from './insert';
export {
  SIZES,
  type SeedSize,
  type WardData,
  type SeedUnit,
  type SeedCluster,
  type SeedPerson,
  type SeedHousehold,
} from './types';
export { buildPeopleWorkbook, peopleSheetRows, PEOPLE_HEADERS } from './workbook';
