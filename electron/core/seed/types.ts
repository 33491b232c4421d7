import type { z } from 'zod';
import type { HouseholdInput } from '../../../shared/schemas/registry/households';
import type { PersonInput } from '../../../shared/schemas/registry/people';
import type { clusterInputSchema, UnitInput } from '../../../shared/schemas/registry/units';

/**
 * The generated ward, before it has database ids. Records point at units by their index in
 * `units` (a parent always comes before its children), so the same arrays can be inserted into a
 * database, written into a workbook by unit name, or inspected by a test. Inputs are raw, as a
 * user or an old file would type them (some carry the Ð look-alike, NFD text or stray spaces):
 * they go through the shared zod schemas before they are stored.
 */
export interface WardData {
  seed: number;
  size: SeedSize;
  units: SeedUnit[];
  clusters: SeedCluster[];
  people: SeedPerson[];
  households: SeedHousehold[];
}

export type SeedSize = 'small' | 'large';

export interface SeedUnit {
  /** Index of the parent unit in `units`, always smaller than this unit's own index. */
  parent: number | null;
  /** `parentId` and `clusterIds` are left empty; the inserter fills them from the indexes. */
  input: UnitInput;
}

export interface SeedCluster {
  input: z.input<typeof clusterInputSchema>;
  /** Indexes in `units`. */
  members: number[];
}

export interface SeedPerson {
  /** Index in `units`, or null for a person without a unit. */
  unit: number | null;
  /** `unitId` is left null; the inserter fills it from `unit`. */
  input: PersonInput;
  /** Set on the deliberate near-duplicates: the index of the person they duplicate. */
  duplicateOf?: number;
}

export interface SeedHousehold {
  /** Index of the tổ dân phố in `units`. */
  group: number | null;
  input: HouseholdInput;
  duplicateOf?: number;
}

/** How big a ward to generate. */
export interface SizeSpec {
  residentialGroups: number;
  enterprises: number;
  /** Whether the fuller list of offices, associations and schools is used. */
  fullInstitutions: boolean;
  people: number;
  households: number;
}

export const SIZES: Record<SeedSize, SizeSpec> = {
  small: { residentialGroups: 8, enterprises: 7, fullInstitutions: false, people: 300, households: 40 },
  large: {
    residentialGroups: 160,
    enterprises: 100,
    fullInstitutions: true,
    people: 100_000,
    households: 20_000,
  },
};
