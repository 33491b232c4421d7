import { z } from 'zod';
import { text } from './fields';
import { id, paging } from './common';
import { CATALOGUE_KINDS, RECIPIENT_KINDS, type CatalogueKind, type RecipientKind } from '../domain/awards';
import { STAFF_CATEGORIES, type StaffCategory } from '../domain/registry';
import type { DecisionStatus } from '../domain/decisions';

const year = z
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(1900, 'Năm phải từ 1900 đến 2100.')
  .max(2100, 'Năm phải từ 1900 đến 2100.');

/** Whose award history: a person, a unit (its collective awards) or a household. */
export const awardHistorySchema = z.object({ kind: z.enum(RECIPIENT_KINDS), id }).strict();
export type AwardHistoryQuery = z.input<typeof awardHistorySchema>;

/**
 * "Ai được khen thưởng gì trong năm N": award lines of signed decisions. `year` alone, or a range
 * `yearFrom`..`yearTo` (either end open), or neither (every year). `unitId` matches the unit and
 * every unit under it: collective awards of those units, individual awards of the people now in
 * them, household awards of the households of those tổ dân phố (the registry's current links,
 * not the printed text). `search` is matched word by word, without tone marks, in the name as printed.
 */
export const awardSearchFilterSchema = z
  .object({
    year: year.nullable().default(null),
    yearFrom: year.nullable().default(null),
    yearTo: year.nullable().default(null),
    catalogueId: id.nullable().default(null),
    catalogueKind: z.enum(CATALOGUE_KINDS).nullable().default(null),
    unitId: id.nullable().default(null),
    recipientKind: z.enum(RECIPIENT_KINDS).nullable().default(null),
    staffCategory: z.enum(STAFF_CATEGORIES).nullable().default(null),
    search: text('Tên', 100).default(''),
  })
  .strict();

const yearChecks = <
  T extends z.ZodType<{ year: number | null; yearFrom: number | null; yearTo: number | null }>,
>(
  schema: T,
) =>
  schema
    .refine((f) => f.year === null || (f.yearFrom === null && f.yearTo === null), {
      message: 'Chọn một năm hoặc một khoảng năm, không chọn cả hai.',
      path: ['year'],
    })
    .refine((f) => f.yearFrom === null || f.yearTo === null || f.yearFrom <= f.yearTo, {
      message: 'Năm bắt đầu không được sau năm kết thúc.',
      path: ['yearTo'],
    });

export const awardSearchSchema = yearChecks(awardSearchFilterSchema.extend(paging));
export const awardExportSchema = yearChecks(awardSearchFilterSchema);
export type AwardSearchQuery = z.input<typeof awardSearchSchema>;
export type AwardSearchFilter = z.output<typeof awardExportSchema>;

/** One award line with its decision, as history and lookup show it. */
export interface AwardRecord {
  awardId: number;
  decisionId: number;
  /** The decision's year (of its date). */
  year: number;
  /** "05/QĐ-UBND". */
  decisionNumberText: string;
  decisionNumber: number;
  decisionDate: string;
  decisionStatus: Exclude<DecisionStatus, 'draft'>;
  catalogueId: number;
  catalogueName: string;
  catalogueKind: CatalogueKind;
  recipientKind: RecipientKind;
  /** The person, unit or household in the registry. */
  recipientId: number;
  /** As printed on the decision. */
  name: string;
  positionUnit: string | null;
  staffCategory: StaffCategory | null;
  /** The line's own text, else the decision's default achievement. */
  achievement: string | null;
  achievementFrom: string | null;
  achievementTo: string | null;
  /** Đồng. */
  amount: number;
  registerYear: number | null;
  registerNumber: number | null;
}

export interface AwardHistory {
  /** Signed decisions, newest first. */
  awards: AwardRecord[];
  /** Lines of decisions cancelled after signing ("Đã hủy"), newest first. */
  cancelled: AwardRecord[];
}

export interface AwardSearchPage {
  total: number;
  /** Đồng, over every matching line (not only this window). */
  totalAmount: number;
  offset: number;
  rows: AwardRecord[];
}
