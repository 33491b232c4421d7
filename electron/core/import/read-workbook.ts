import ExcelJS from 'exceljs';
import type { RegistryKind } from '../../../shared/domain/registry';
import { AppError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES } from '../../../shared/schemas/registry/transfer';
import { FIELDS } from './fields';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderInfo } from './header';

export interface UploadedWorkbook {
  fileName: string;
  base64: string;
}

export interface OpenedSheet {
  sheet: ExcelJS.Worksheet;
  header: HeaderInfo;
}

const MAX_MB = Math.round(IMPORT_MAX_BYTES / (1024 * 1024));

export const READ_MESSAGES = {
  tooBig: `Tệp lớn hơn ${MAX_MB} MB, quá giới hạn khi nhập. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
  xls: 'Tệp .xls (Excel 97-2003) chưa được hỗ trợ, hãy lưu lại dưới dạng .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel).',
  encrypted: 'Tệp Excel đang được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại dưới dạng .xlsx.',
  notXlsx: 'Tệp không phải bảng tính Excel .xlsx. Hãy chọn tệp .xlsx (có thể tải tệp mẫu để điền).',
  damaged:
    'Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể chưa tải xong hay bị cắt ngắn). Hãy mở bằng Excel, lưu lại rồi thử lại.',
  noSheet: 'Tệp không có trang tính nào để nhập.',
} as const;

/** The refusal when no sheet has a recognisable header, naming the column that is looked for. */
export function noHeaderMessage(kind: RegistryKind): string {
  const name = FIELDS[kind].find((f) => f.key === 'name')?.label ?? '';
  return `Không tìm thấy dòng tiêu đề của bảng trong ${HEADER_SEARCH_ROWS} dòng đầu: cần một cột "${name}". Hãy dùng tệp mẫu hoặc sửa lại tên cột.`;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Compound File (OLE) container: old .xls, and also any password-protected .xlsx.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

function refuse(message: string, cause?: unknown): never {
  throw new AppError('VALIDATION', message, cause === undefined ? undefined : { cause });
}

/** Decodes the upload, refusing one that is too big before the bytes are even decoded. */
function decode(file: UploadedWorkbook): Buffer {
  // Four base64 characters carry three bytes.
  if (Math.floor((file.base64.length * 3) / 4) > IMPORT_MAX_BYTES + 3) refuse(READ_MESSAGES.tooBig);
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > IMPORT_MAX_BYTES) refuse(READ_MESSAGES.tooBig);
  return bytes;
}

/** Looks at the bytes and the name before exceljs does, so each kind of wrong file gets its own advice. */
function checkFormat(bytes: Buffer, fileName: string): void {
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    refuse(bytes.includes(ENCRYPTION_STREAM) ? READ_MESSAGES.encrypted : READ_MESSAGES.xls);
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) refuse(READ_MESSAGES.notXlsx);
  // A .docx or .zip is a ZIP too; only the name tells them apart before unpacking.
  if (!/\.xlsx$/i.test(fileName.trim())) refuse(READ_MESSAGES.notXlsx);
}

/**
 * Opens an uploaded workbook and finds the sheet to import: the first visible sheet with a
 * recognisable header. Every way a file can be unusable ends in one AppError (VALIDATION) with a
 * Vietnamese message, before anything is read into the database.
 */
export async function openWorkbook(file: UploadedWorkbook, kind: RegistryKind): Promise<OpenedSheet> {
  const bytes = decode(file);
  checkFormat(bytes, file.fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    refuse(READ_MESSAGES.damaged, cause);
  }
  const sheets = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  if (sheets.length === 0) refuse(READ_MESSAGES.noSheet);
  for (const sheet of sheets) {
    const header = findHeader(sheet, kind);
    if (header) return { sheet, header };
  }
  return refuse(noHeaderMessage(kind));
}
