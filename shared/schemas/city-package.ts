import { z } from 'zod';
import { isoDate } from './common';
import { STAT_TABLE_IDS } from '../domain/statistics';
import { CITY_PACKAGE_FORMAT } from '../domain/reports';
import { DECISION_METHODS } from '../domain/decisions';
import { CATALOGUE_KINDS, RECIPIENT_KINDS } from '../domain/awards';
import { STAFF_CATEGORIES } from '../domain/registry';
import { normalizeText } from '../rules/text';

/*
 * The JSON twin of the ward's package for the city (electron/core/services/reports/city-package/
 * LAYOUT.md documents every field). Messages name the field by its Vietnamese label and its code, so
 * whoever made the file (our app or another program) can find what to fix. Fields not listed here
 * are ignored when read.
 */

const nonNegativeInt = (label: string) =>
  z
    .number({ error: `${label} phải là số nguyên không âm.` })
    .int(`${label} phải là số nguyên không âm.`)
    .min(0, `${label} phải là số nguyên không âm.`);

const requiredString = (label: string, max = 4000) =>
  z
    .string({ error: `${label} phải là chữ.` })
    .min(1, `${label} không được để trống.`)
    .max(max, `${label} dài quá ${max} ký tự.`);

const optionalString = (label: string, max = 4000) =>
  z
    .string({ error: `${label} phải là chữ hoặc null.` })
    .max(max, `${label} dài quá ${max} ký tự.`)
    .nullable();

const codeOf = <const T extends readonly [string, ...string[]]>(codes: T, label: string) =>
  z.enum(codes, { error: `${label} phải là một trong các mã: ${codes.join(', ')}.` });

/** An ISO timestamp as toISOString writes it (a time-zone offset is accepted too). */
const timestamp = (label: string) =>
  z
    .string({ error: `${label} phải là chữ.` })
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
      `${label} phải là thời điểm dạng ISO 8601 (ví dụ 2026-12-10T08:30:00.000Z).`,
    )
    .refine((s) => !Number.isNaN(Date.parse(s)), `${label} không phải thời điểm có thật.`);

// ---- Statistics tables ------------------------------------------------------------------------

const cellsSchema = (label: string) =>
  z.record(z.string(), nonNegativeInt(label), { error: `${label} phải là một đối tượng.` });

const statColumnSchema = z.object({
  key: requiredString('Mã cột (key)', 100),
  label: z.string({ error: 'Tên cột (label) phải là chữ.' }).max(500),
  kind: codeOf(['count', 'money', 'ratio'], 'Loại cột (kind)'),
  group: z.string({ error: 'Nhóm cột (group) phải là chữ.' }).max(500).optional(),
  ratio: z
    .object({
      numerator: requiredString('Tử số (ratio.numerator)', 100),
      denominator: requiredString('Mẫu số (ratio.denominator)', 100),
    })
    .optional(),
});

const statRowSchema = z.object({
  key: requiredString('Mã dòng (key)', 200),
  label: z.string({ error: 'Tên dòng (label) phải là chữ.' }).max(1000),
  group: z.string({ error: 'Nhóm dòng (group) phải là chữ.' }).max(500).optional(),
  cells: cellsSchema('Số liệu của ô (cells)'),
});

/**
 * One table: the shape of shared/domain/statistics.ts, its numbers non-negative integers, the keys
 * unique, ratio columns pointing at stored columns and holding no stored value, and the total row
 * equal to the sum of the rows (a package whose total disagrees with its rows would add up wrongly).
 */
export const packageTableSchema = z
  .object({
    id: codeOf(STAT_TABLE_IDS, 'Mã bảng (id)'),
    title: z.string({ error: 'Tên bảng (title) phải là chữ.' }).max(500),
    columns: z
      .array(statColumnSchema, { error: 'Các cột (columns) phải là một danh sách.' })
      .min(1, 'Bảng không có cột nào.'),
    rows: z.array(statRowSchema, { error: 'Các dòng (rows) phải là một danh sách.' }),
    total: cellsSchema('Dòng tổng (total)'),
    note: z.string({ error: 'Ghi chú (note) phải là chữ.' }).max(4000),
  })
  .superRefine((t, ctx) => {
    const named = `Bảng “${t.title}” (${t.id})`;
    const fail = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message: `${named}: ${message}`, path });
    const stored = new Set<string>();
    const seenColumns = new Set<string>();
    t.columns.forEach((c, i) => {
      if (seenColumns.has(c.key)) fail(`mã cột “${c.key}” bị lặp.`, ['columns', i, 'key']);
      seenColumns.add(c.key);
      if (c.kind !== 'ratio') stored.add(c.key);
    });
    t.columns.forEach((c, i) => {
      if (c.kind !== 'ratio') return;
      if (!c.ratio || !stored.has(c.ratio.numerator) || !stored.has(c.ratio.denominator))
        fail(`cột tỉ lệ “${c.key}” phải chỉ tới hai cột số liệu của bảng (ratio).`, ['columns', i, 'ratio']);
    });
    const seenRows = new Set<string>();
    const sums: Record<string, number> = {};
    t.rows.forEach((r, i) => {
      if (seenRows.has(r.key)) fail(`mã dòng “${r.key}” bị lặp.`, ['rows', i, 'key']);
      seenRows.add(r.key);
      for (const [k, v] of Object.entries(r.cells)) {
        if (!stored.has(k))
          fail(`dòng “${r.label}” có ô “${k}” không thuộc cột số liệu nào.`, ['rows', i, 'cells', k]);
        sums[k] = (sums[k] ?? 0) + v;
      }
    });
    for (const k of Object.keys(t.total))
      if (!stored.has(k)) fail(`dòng tổng có ô “${k}” không thuộc cột số liệu nào.`, ['total', k]);
    for (const c of t.columns) {
      if (c.kind === 'ratio') continue;
      const total = t.total[c.key] ?? 0;
      const sum = sums[c.key] ?? 0;
      if (total !== sum)
        fail(`dòng tổng của cột “${c.label}” (${c.key}) là ${total} nhưng cộng các dòng được ${sum}.`, [
          'total',
          c.key,
        ]);
    }
  });

/** The tables of a package: each of the six tables exactly once. */
export const packageTablesSchema = z
  .array(packageTableSchema, { error: 'Các bảng thống kê (tables) phải là một danh sách.' })
  .superRefine((tables, ctx) => {
    const ids = tables.map((t) => t.id);
    for (const id of STAT_TABLE_IDS) {
      const n = ids.filter((x) => x === id).length;
      if (n === 0) ctx.addIssue({ code: 'custom', message: `Thiếu bảng thống kê “${id}”.`, path: [] });
      if (n > 1) ctx.addIssue({ code: 'custom', message: `Bảng thống kê “${id}” có ${n} lần.`, path: [] });
    }
  });

// ---- Award list -------------------------------------------------------------------------------

export const packageAwardSchema = z.object({
  decisionNumber: requiredString('Số quyết định (decisionNumber)', 100),
  decisionDate: z
    .string({ error: 'Ngày quyết định (decisionDate) phải là chữ.' })
    .pipe(isoDate('Ngày quyết định (decisionDate)')),
  method: codeOf(DECISION_METHODS, 'Phương thức khen thưởng (method)'),
  award: requiredString('Danh hiệu, hình thức khen thưởng (award)', 500),
  awardKind: codeOf(CATALOGUE_KINDS, 'Loại (awardKind)'),
  recipientKind: codeOf(RECIPIENT_KINDS, 'Khen cho (recipientKind)'),
  staffCategory: codeOf(STAFF_CATEGORIES, 'Đối tượng (staffCategory)').nullable(),
  name: requiredString('Tên tập thể, cá nhân, hộ gia đình (name)', 500),
  positionUnit: optionalString('Chức vụ, đơn vị (positionUnit)', 1000),
  achievement: optionalString('Thành tích (achievement)'),
  amount: nonNegativeInt('Số tiền (amount)'),
  registerNumber: z
    .number({ error: 'Số sổ vàng (registerNumber) phải là số nguyên dương hoặc null.' })
    .int('Số sổ vàng (registerNumber) phải là số nguyên dương hoặc null.')
    .min(1, 'Số sổ vàng (registerNumber) phải là số nguyên dương hoặc null.')
    .nullable(),
});

// ---- The package ------------------------------------------------------------------------------

/**
 * The whole JSON twin. `format` and `schemaVersion` are checked before this schema by the importer
 * (their messages say what to do); here they are only restated so the output type carries them.
 */
export const cityPackageSchema = z
  .object({
    format: z.literal(CITY_PACKAGE_FORMAT, { error: `Định dạng (format) phải là “${CITY_PACKAGE_FORMAT}”.` }),
    schemaVersion: z
      .number({ error: 'Phiên bản cấu trúc (schemaVersion) phải là số nguyên dương.' })
      .int('Phiên bản cấu trúc (schemaVersion) phải là số nguyên dương.')
      .min(1, 'Phiên bản cấu trúc (schemaVersion) phải là số nguyên dương.'),
    ward: z.object(
      {
        name: requiredString('Tên phường (ward.name)', 100)
          .transform(normalizeText)
          .pipe(z.string().min(1, 'Tên phường (ward.name) không được để trống.')),
        city: z
          .string({ error: 'Tỉnh/thành phố (ward.city) phải là chữ.' })
          .max(100)
          .transform(normalizeText),
      },
      { error: 'Thông tin phường (ward) phải là một đối tượng có name và city.' },
    ),
    year: z
      .number({ error: 'Năm (year) phải là một số.' })
      .int('Năm (year) phải là số nguyên.')
      .min(2000, 'Năm (year) phải từ 2000 đến 2100.')
      .max(2100, 'Năm (year) phải từ 2000 đến 2100.'),
    generatedAt: timestamp('Thời điểm lập gói (generatedAt)'),
    appVersion: z.string({ error: 'Phiên bản phần mềm (appVersion) phải là chữ.' }).max(100),
    tables: packageTablesSchema,
    awards: z.array(packageAwardSchema, { error: 'Danh sách khen thưởng (awards) phải là một danh sách.' }),
  })
  .superRefine((p, ctx) => {
    p.awards.forEach((a, i) => {
      if (Number(a.decisionDate.slice(0, 4)) !== p.year)
        ctx.addIssue({
          code: 'custom',
          message: `Danh sách khen thưởng (awards), dòng ${i + 1}: ngày quyết định (decisionDate) ${a.decisionDate} không thuộc năm ${p.year} của gói.`,
          path: ['awards', i, 'decisionDate'],
        });
    });
  });

export type CityPackage = z.output<typeof cityPackageSchema>;
export type PackageAward = z.output<typeof packageAwardSchema>;
