import { z } from 'zod';
import { requiredText } from './fields';
import { id, isoDate, optionalLongText, optionalText } from './common';
import { CATALOGUE_KINDS, CATALOGUE_LEVELS, type CatalogueKind, type CatalogueLevel } from '../domain/awards';

/** A coefficient in per-mille of the base salary (300 = 0,3 lần); null = no money. */
const permille = (label: string) =>
  z
    .number({ error: `${label} phải là một số.` })
    .int(`${label} phải là số nguyên (phần nghìn, ví dụ 300 = 0,3 lần).`)
    .min(0, `${label} không được âm.`)
    .max(100_000, `${label} quá lớn.`)
    .nullable();

/** What the catalogue form edits. A recipient kind that is not allowed carries no coefficient. */
export const catalogueInputSchema = z
  .object({
    name: requiredText('Tên danh hiệu, hình thức', 200),
    kind: z.enum(CATALOGUE_KINDS, { error: 'Vui lòng chọn danh hiệu hoặc hình thức khen thưởng.' }),
    level: z.enum(CATALOGUE_LEVELS, { error: 'Vui lòng chọn cấp quyết định.' }),
    allowsCollective: z.boolean(),
    allowsIndividual: z.boolean(),
    allowsHousehold: z.boolean(),
    collectivePermille: permille('Hệ số tập thể'),
    individualPermille: permille('Hệ số cá nhân'),
    householdPermille: permille('Hệ số hộ gia đình'),
    rank: z
      .number({ error: 'Thứ bậc phải là một số.' })
      .int('Thứ bậc phải là số nguyên.')
      .min(0, 'Thứ bậc phải từ 0 đến 1000.')
      .max(1000, 'Thứ bậc phải từ 0 đến 1000.'),
    note: optionalLongText('Ghi chú', 2000),
  })
  .refine((v) => v.allowsCollective || v.allowsIndividual || v.allowsHousehold, {
    message: 'Vui lòng chọn ít nhất một đối tượng được tặng.',
    path: ['allowsIndividual'],
  })
  .transform((v) => ({
    ...v,
    collectivePermille: v.allowsCollective ? v.collectivePermille : null,
    individualPermille: v.allowsIndividual ? v.individualPermille : null,
    householdPermille: v.allowsHousehold ? v.householdPermille : null,
  }));
export type CatalogueInput = z.input<typeof catalogueInputSchema>;
export type CatalogueValues = z.output<typeof catalogueInputSchema>;

export const catalogueUpdateSchema = z.object({ id, values: catalogueInputSchema }).strict();

/** An entry of the award catalogue as the screens show it. */
export interface CatalogueEntry {
  id: number;
  /** Set for the entries shipped as defaults (stable across installs), null for the user's own. */
  code: string | null;
  name: string;
  kind: CatalogueKind;
  level: CatalogueLevel;
  allowsCollective: boolean;
  allowsIndividual: boolean;
  allowsHousehold: boolean;
  collectivePermille: number | null;
  individualPermille: number | null;
  householdPermille: number | null;
  /** Larger = higher title: of several titles for one period only the highest is paid. */
  rank: number;
  active: boolean;
  note: string | null;
  /** Awards, decisions, proposal candidates and registrations that refer to it: when > 0 it can only be retired. */
  usageCount: number;
  createdAt: string;
  updatedAt: string;
}

export const baseSalaryInputSchema = z
  .object({
    effectiveFrom: isoDate('Ngày áp dụng'),
    amount: z
      .number({ error: 'Mức lương cơ sở phải là một số.' })
      .int('Mức lương cơ sở phải là số đồng nguyên.')
      .positive('Mức lương cơ sở phải lớn hơn 0.')
      .max(1_000_000_000, 'Mức lương cơ sở quá lớn.'),
    note: optionalText('Ghi chú', 300),
  })
  .strict();
export type BaseSalaryInput = z.input<typeof baseSalaryInputSchema>;
export type BaseSalaryValues = z.output<typeof baseSalaryInputSchema>;

/** A row of the base salary table. */
export interface BaseSalary {
  id: number;
  effectiveFrom: string;
  amount: number;
  note: string | null;
  /** Award lines whose money was computed from this row (decision date in its period): they forbid deleting it. */
  usageCount: number;
}
