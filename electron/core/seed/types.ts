import type { z } from 'zod';
import type { HouseholdInput } from '../../../shared/schemas/registry/households';
import type { PersonInput } from '../../../shared/schemas/registry/people';
import type { clusterInputSchema, UnitInput } from '../../../shared/schemas/registry/units';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { DecisionMethod, DecisionStatus, SignerKind } from '../../../shared/domain/decisions';

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
  /** Award decisions with their lines, in signing order (year, then number; the draft last). */
  decisions: SeedDecision[];
  /** Phong trào thi đua with criteria and participants; the seed plan 2026-2030 among them. */
  movements: SeedMovement[];
  /** Đăng ký thi đua: each registrant at most once per movement (or year-only) and year. */
  registrations: SeedRegistration[];
  /** Điển hình tiên tiến with their stage history, oldest first. */
  models: SeedModel[];
  /** Units' yearly reports: past years mostly on time, a few late, a few missing; this year some so far. */
  unitReports: SeedUnitReport[];
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
  /** Years with award decisions, first..last; the last is "this year" (mid-year awards and a draft). */
  awardYears: readonly [number, number];
  /** Exemplary models discovered per year (movements and registrations follow the award years). */
  modelsPerYear: number;
  /** Share of households that register for "Gia đình văn hóa" each year. */
  householdRegistrationShare: number;
}

/** Catalogue entries the generator awards, by their stable code (migration 005). */
export type SeedCatalogueCode =
  | 'lao_dong_tien_tien'
  | 'chien_si_thi_dua_co_so'
  | 'tap_the_lao_dong_tien_tien'
  | 'gia_dinh_van_hoa'
  | 'to_dan_pho_van_hoa'
  | 'giay_khen_chu_tich_phuong'
  | 'tap_the_lao_dong_xuat_sac';

/**
 * A decision before it has ids: its lines point at `units`, `people` or `households` by index. The
 * inserter adds what needs the database: snapshots, money (base salary table), số sổ vàng.
 */
export interface SeedDecision {
  year: number;
  /** Null for the draft (numbered when signed). */
  number: number | null;
  date: string | null;
  status: DecisionStatus;
  signer: SignerKind;
  subject: string;
  catalogue: SeedCatalogueCode;
  method: DecisionMethod;
  achievementFrom: string;
  achievementTo: string;
  defaultAchievement: string;
  cancelReason: string | null;
  /** Index in `movements` of the movement the decision rewards, or null. */
  movement: number | null;
  lines: SeedAwardLine[];
}

export type SeedMovementStatus = 'draft' | 'launched' | 'in_progress' | 'reviewing' | 'closed';

/** A movement before it has an id; participants point at `units` by index. */
export interface SeedMovement {
  name: string;
  theme: string | null;
  kind: 'regular' | 'periodic' | 'thematic';
  docNumber: string;
  docDate: string;
  docSigner: string;
  fromYear: number;
  toYear: number;
  startsOn: string | null;
  endsOn: string | null;
  responsibleOffice: string;
  description: string | null;
  status: SeedMovementStatus;
  /** When it was closed (an ISO timestamp), for closed movements only. */
  closedAt: string | null;
  criteria: { content: string; target: string | null; weightPercent: number | null }[];
  units: number[];
}

export interface SeedRegistration {
  /** Index in `movements`, or null for a year-only registration. */
  movement: number | null;
  year: number;
  kind: RecipientKind;
  /** Index in `units`, `people` or `households` by kind. */
  ref: number;
  commitments: string;
  status: 'not_sent' | 'sent' | 'approved' | 'returned';
  returnReason: string | null;
  /** Only on approved registrations of a finished year. */
  result: 'achieved' | 'not_achieved' | null;
  resultNote: string | null;
  sentOn: string | null;
  reviewedOn: string | null;
  titles: SeedCatalogueCode[];
}

export type SeedStage = 'discovered' | 'nurtured' | 'summarized' | 'replicated';

export interface SeedModel {
  kind: RecipientKind;
  ref: number;
  field: string;
  /** Index in `movements`, or null. */
  movement: number | null;
  title: string;
  description: string;
  source: string;
  /** Each stage reached, in order, with increasing dates; the last is the current stage. */
  history: { stage: SeedStage; on: string; note: string }[];
}

/** A unit's report of a year before it has ids. */
export interface SeedUnitReport {
  /** Index in `units`. */
  unit: number;
  year: number;
  receivedOn: string;
  note: string | null;
}

export interface SeedAwardLine {
  kind: RecipientKind;
  /** Index in `units` (collective), `people` (individual) or `households` (household). */
  ref: number;
  /** The line's own achievement; null = the decision's default. */
  achievement: string | null;
}

export const SIZES: Record<SeedSize, SizeSpec> = {
  small: {
    residentialGroups: 8,
    enterprises: 7,
    fullInstitutions: false,
    people: 300,
    households: 40,
    awardYears: [2023, 2026],
    modelsPerYear: 6,
    householdRegistrationShare: 0.5,
  },
  large: {
    residentialGroups: 160,
    enterprises: 100,
    fullInstitutions: true,
    people: 100_000,
    households: 20_000,
    awardYears: [2017, 2026],
    modelsPerYear: 40,
    householdRegistrationShare: 0.1,
  },
};
