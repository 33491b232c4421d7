import { z } from 'zod';
import { requiredText, text } from '../fields';
import {
  ACTIVITY_FILTERS,
  GENDERS,
  STAFF_CATEGORIES,
  type Gender,
  type StaffCategory,
} from '../../domain/registry';
import { id, isoDate, optionalLongText, optionalText, paging, phone } from '../common';

const CURRENT_YEAR_LIMIT = 2100;

export const personInputSchema = z
  .object({
    fullName: requiredText('Họ và tên', 100),
    gender: z.enum(GENDERS, { error: 'Vui lòng chọn giới tính.' }).nullable(),
    birthDate: isoDate('Ngày sinh').nullable(),
    birthYear: z
      .number({ error: 'Năm sinh phải là số.' })
      .int('Năm sinh phải là số nguyên.')
      .min(1900, 'Năm sinh phải từ 1900 trở đi.')
      .max(CURRENT_YEAR_LIMIT, 'Năm sinh không hợp lệ.')
      .nullable(),
    unitId: id.nullable(),
    position: optionalText('Chức vụ', 200),
    staffCategory: z.enum(STAFF_CATEGORIES, { error: 'Vui lòng chọn đối tượng.' }).nullable(),
    identityNumber: optionalText('Số định danh', 12).refine(
      (s) => s === null || /^(\d{9}|\d{12})$/.test(s),
      'Số định danh gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).',
    ),
    phone,
    address: optionalText('Địa chỉ', 300),
    note: optionalLongText('Ghi chú', 2000),
    active: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.birthDate !== null && p.birthYear !== null && Number(p.birthDate.slice(0, 4)) !== p.birthYear) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'Năm sinh không khớp với ngày sinh.' });
    }
  })
  // A full birth date also fixes the year, which is what lists and duplicate checks use.
  .transform((p) => ({
    ...p,
    birthYear: p.birthDate !== null ? Number(p.birthDate.slice(0, 4)) : p.birthYear,
  }));
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonValues = z.output<typeof personInputSchema>;

export const personUpdateSchema = z.object({ id, values: personInputSchema }).strict();

export const peopleListSchema = z
  .object({
    query: text('Từ khóa', 100).default(''),
    unitId: id.nullable().default(null),
    staffCategory: z.enum(STAFF_CATEGORIES).nullable().default(null),
    gender: z.enum(GENDERS).nullable().default(null),
    status: z.enum(ACTIVITY_FILTERS).default('active'),
    trashed: z.boolean().default(false),
    ...paging,
  })
  .strict();
export type PeopleListFilter = z.input<typeof peopleListSchema>;

export interface PersonRow {
  id: number;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  birthYear: number | null;
  unitId: number | null;
  unitName: string | null;
  position: string | null;
  staffCategory: StaffCategory | null;
  active: boolean;
  deletedAt: string | null;
}

export interface Person extends PersonRow {
  identityNumber: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One window of a long list plus the total that matches the filter. */
export interface Page<T> {
  total: number;
  offset: number;
  rows: T[];
}
