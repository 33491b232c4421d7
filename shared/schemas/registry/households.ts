import { z } from 'zod';
import { requiredText, text } from '../fields';
import { id, optionalLongText, optionalText, paging, phone } from '../common';
import { GENDERS, type Gender } from '../../domain/registry';

export const householdInputSchema = z.object({
  headName: requiredText('Họ tên chủ hộ', 100),
  /** Decides "Gia đình ông …" / "Gia đình bà …" on print; null (or left out) = not known. */
  headGender: z.enum(GENDERS, { error: 'Giới tính chủ hộ chỉ là Nam hoặc Nữ.' }).nullable().default(null),
  address: optionalText('Địa chỉ', 300),
  residentialGroupUnitId: id.nullable(),
  memberCount: z
    .number({ error: 'Số nhân khẩu phải là số.' })
    .int('Số nhân khẩu phải là số nguyên.')
    .min(1, 'Số nhân khẩu ít nhất là 1.')
    .max(100, 'Số nhân khẩu không hợp lệ.')
    .nullable(),
  phone,
  note: optionalLongText('Ghi chú', 2000),
});
export type HouseholdInput = z.input<typeof householdInputSchema>;
export type HouseholdValues = z.output<typeof householdInputSchema>;

export const householdUpdateSchema = z.object({ id, values: householdInputSchema }).strict();

export const householdsListSchema = z
  .object({
    query: text('Từ khóa', 100).default(''),
    residentialGroupUnitId: id.nullable().default(null),
    trashed: z.boolean().default(false),
    ...paging,
  })
  .strict();
export type HouseholdsListFilter = z.input<typeof householdsListSchema>;

export interface HouseholdRow {
  id: number;
  headName: string;
  headGender: Gender | null;
  address: string | null;
  residentialGroupUnitId: number | null;
  residentialGroupName: string | null;
  memberCount: number | null;
  deletedAt: string | null;
}

export interface Household extends HouseholdRow {
  phone: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}
