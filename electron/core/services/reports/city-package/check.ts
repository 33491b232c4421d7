import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../../../shared/errors';
import { CITY_PACKAGE_FORMAT, CITY_PACKAGE_SCHEMA_VERSION } from '../../../../../shared/domain/reports';
import { cityPackageSchema, type CityPackage } from '../../../../../shared/schemas/city-package';

/** A package read from an upload: checked, with the text and the digest of the bytes as received. */
export interface ReadPackage {
  pkg: CityPackage;
  /** The JSON text (UTF-8 decoded, byte-order mark dropped), stored as received. */
  text: string;
  /** SHA-256 of the uploaded bytes, lower-case hex. */
  sha256: string;
}

export const PACKAGE_MESSAGES = {
  spreadsheet:
    'Đây là tệp Excel của gói báo cáo, chỉ dùng để đọc. Để nhập gói, hãy chọn tệp .json của gói (cùng tên, đuôi .json, ví dụ Bao-cao-TDKT-phuong-le-chan-2026.json).',
  notJson:
    'Tệp không đọc được dưới dạng JSON: có thể tệp bị hỏng, bị cắt ngắn hoặc không phải tệp .json của gói báo cáo.',
  notPackage: `Tệp không phải gói báo cáo thi đua, khen thưởng của phường (cần trường format là “${CITY_PACKAGE_FORMAT}”).`,
  newer: (version: number) =>
    `Gói báo cáo được tạo bởi phiên bản phần mềm mới hơn (cấu trúc ${version}); hãy cập nhật phần mềm.`,
} as const;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function refuse(message: string, cause?: unknown): never {
  throw new AppError('VALIDATION', message, cause === undefined ? undefined : { cause });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where in the package an issue is, in words, for the parts that are lists (awards, tables). */
function where(path: readonly PropertyKey[], raw: Record<string, unknown>): string | null {
  const [top, i, part, j, leaf, key] = path;
  if (top === 'awards' && typeof i === 'number') return `Danh sách khen thưởng (awards), dòng ${i + 1}`;
  if (top !== 'tables' || typeof i !== 'number') return null;
  const tables = Array.isArray(raw.tables) ? (raw.tables as unknown[]) : [];
  const table = tables[i];
  const id = isObject(table) && typeof table.id === 'string' ? table.id : null;
  const named = id ? `Bảng ${id}` : `Bảng thứ ${i + 1}`;
  if (part === 'rows' && typeof j === 'number')
    return `${named}, dòng ${j + 1}${leaf === 'cells' && typeof key === 'string' ? `, ô “${key}”` : ''}`;
  if (part === 'columns' && typeof j === 'number') return `${named}, cột ${j + 1}`;
  if (part === 'total' && typeof j === 'string') return `${named}, dòng tổng, ô “${j}”`;
  return named;
}

/** The first problem, located; custom checks already name the table and the row. */
function describe(error: z.ZodError, raw: Record<string, unknown>): string {
  const [first] = error.issues;
  if (!first) return 'Gói báo cáo không hợp lệ.';
  const place = first.code === 'custom' ? null : where(first.path, raw);
  const more = error.issues.length > 1 ? ` (và ${error.issues.length - 1} lỗi khác)` : '';
  return `Gói báo cáo không hợp lệ: ${place ? `${place}: ` : ''}${first.message}${more}`;
}

/**
 * Reads an uploaded JSON twin. Every way a file can be unusable (an .xlsx chosen by mistake, not
 * JSON, another format, a newer structure, a missing or ill-typed field, a table whose total is not
 * the sum of its rows) ends in one VALIDATION error with a Vietnamese message, before anything is
 * stored.
 */
export function readPackageFile(file: { fileName: string; base64: string }): ReadPackage {
  const bytes = Buffer.from(file.base64, 'base64');
  const head = (magic: Buffer) => bytes.subarray(0, magic.length).equals(magic);
  if (head(ZIP_MAGIC) || head(OLE_MAGIC) || /\.xlsx?$/i.test(file.fileName.trim()))
    refuse(PACKAGE_MESSAGES.spreadsheet);
  let raw: unknown;
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    raw = JSON.parse(text);
  } catch (cause) {
    refuse(PACKAGE_MESSAGES.notJson, cause);
  }
  if (!isObject(raw) || raw.format !== CITY_PACKAGE_FORMAT) return refuse(PACKAGE_MESSAGES.notPackage);
  const version = raw.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CITY_PACKAGE_SCHEMA_VERSION)
    refuse(PACKAGE_MESSAGES.newer(version));
  const parsed = cityPackageSchema.safeParse(raw);
  if (!parsed.success) return refuse(describe(parsed.error, raw));
  return { pkg: parsed.data, text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
