import { z } from 'zod';
import { requiredText, text } from './fields';
import { parseDayMonth } from '../rules/dates';
import { HOUSEHOLD_ROUNDINGS } from '../domain/awards';
import { REGISTER_NUMBERINGS } from '../domain/decisions';

const signer = z.object({
  name: requiredText('Họ tên', 100),
  title: requiredText('Chức danh', 100),
});

const dayMonth = (label: string) =>
  z
    .string()
    .trim()
    .refine((s) => parseDayMonth(s) !== null, `${label} phải có dạng ngày/tháng, ví dụ 10/12.`);

const keepCount = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là một số.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} phải từ ${min} đến ${max}.`)
    .max(max, `${label} phải từ ${min} đến ${max}.`);

/**
 * How many automatic backups are kept in `<data>/backups`: the newest of each of the last `daily`
 * days, `weekly` weeks and `monthly` months that have one. At least one daily copy always stays.
 */
export const backupRetentionSchema = z.object({
  daily: keepCount('Số bản sao lưu giữ theo ngày', 1, 60),
  weekly: keepCount('Số bản sao lưu giữ theo tuần', 0, 52),
  monthly: keepCount('Số bản sao lưu giữ theo tháng', 0, 120),
});
export type BackupRetention = z.output<typeof backupRetentionSchema>;

/** The office's settings: one schema for the form and for the main process. */
export const settingsSchema = z.object({
  wardName: requiredText('Tên phường', 100),
  placeName: requiredText('Địa danh ghi ngày tháng', 60),
  city: requiredText('Tỉnh/thành phố', 60),
  chairman: signer,
  viceChairmen: z.array(signer).max(5, 'Tối đa 5 phó chủ tịch.'),
  decisionSuffix: requiredText('Ký hiệu quyết định', 30).refine(
    (s) => /^[\p{L}\d]+(-[\p{L}\d]+)*$/u.test(s),
    'Ký hiệu quyết định chỉ gồm chữ, số và dấu gạch ngang, ví dụ QĐ-UBND.',
  ),
  unitReportDeadline: dayMonth('Hạn báo cáo của đơn vị'),
  wardReportDeadline: dayMonth('Hạn báo cáo của phường'),
  officerName: text('Tên cán bộ sử dụng máy', 100),
  backupRetention: backupRetentionSchema,
  /** Household award money: 1.5 × the individual amount before or after rounding it up (ND 152 is silent). */
  householdRounding: z.enum(HOUSEHOLD_ROUNDINGS, {
    error: 'Vui lòng chọn cách làm tròn tiền thưởng hộ gia đình.',
  }),
  /** Căn cứ lines a new decision starts with (the officer edits them per decision). */
  defaultLegalBases: z.array(requiredText('Căn cứ', 500)).max(20, 'Tối đa 20 dòng căn cứ.'),
  /** Số sổ vàng: restart at 1 each year, or one register running across years. */
  registerNumbering: z.enum(REGISTER_NUMBERINGS, { error: 'Vui lòng chọn cách đánh số sổ vàng.' }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  wardName: 'Phường Lê Chân',
  placeName: 'Lê Chân',
  city: 'Hải Phòng',
  chairman: { name: '', title: 'Chủ tịch' },
  viceChairmen: [],
  decisionSuffix: 'QĐ-UBND',
  unitReportDeadline: '10/12',
  wardReportDeadline: '15/12',
  officerName: '',
  backupRetention: { daily: 7, weekly: 4, monthly: 12 },
  // The catalogue lists the household coefficient itself (0.45), so by default it is applied and the
  // result rounded up once, like every other line; 'round-then-multiply' is one choice away.
  householdRounding: 'multiply-then-round',
  defaultLegalBases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội',
  ],
  registerNumbering: 'per_year',
};
