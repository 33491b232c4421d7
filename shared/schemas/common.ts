import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates';
import { normalizeMultiline } from '../rules/text';
import { text } from './fields';

export const id = z.number({ error: 'Mã bản ghi không hợp lệ.' }).int().positive();
export const byId = z.object({ id }).strict();

/** An ISO date 'YYYY-MM-DD' that exists in the calendar (1900-2100). */
export const isoDate = (label: string) =>
  z.string().refine(isValidIsoDate, `${label} không phải ngày hợp lệ.`);

/** Optional one-line text: empty after normalisation becomes null. */
export const optionalText = (label: string, max = 200) =>
  text(label, max).transform((s) => (s === '' ? null : s));

/** Optional long text (notes, achievements): newlines kept, empty becomes null. */
export const optionalLongText = (label: string, max = 4000) =>
  z
    .string()
    .transform(normalizeMultiline)
    .pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`))
    .transform((s) => (s === '' ? null : s));

/** Paging for long lists (people, households): the UI virtualises and asks for windows of rows. */
export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** Phone numbers as people type them: digits, spaces, dots, +, parentheses and dashes. */
export const phone = optionalText('Số điện thoại', 30).refine(
  (s) => s === null || /^[0-9+().\s-]{6,30}$/.test(s),
  'Số điện thoại chỉ gồm chữ số, khoảng trắng và các dấu + . - ( ).',
);

/** A base64-encoded file sent by the page (files are picked with <input type="file">). */
export const uploadedFile = z
  .object({
    fileName: z.string().min(1).max(255),
    base64: z.string().max(30 * 1024 * 1024, 'Tệp quá lớn.'),
  })
  .strict();
