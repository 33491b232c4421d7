import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { extensionOf, safeFileName } from './safe-name';

/** A file sent by the page as base64 (picked with <input type="file">). */
export interface UploadedFile {
  fileName: string;
  base64: string;
}

/** An upload that passed every check, ready to store. */
export interface CheckedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

/** One accepted kind: the extensions a name may end with, the MIME type stored, its name in messages. */
export interface FileKindSpec {
  extensions: string[];
  mime: string;
  label: string;
}

/** What a kind of upload (evidence of a model, a unit's report) accepts. */
export interface UploadRules<K extends string> {
  types: Record<K, FileKindSpec>;
  maxBytes: number;
  /** "ảnh (JPG, PNG), PDF hoặc Word (DOC, DOCX)". */
  allowedText: string;
  /** Said after "quá giới hạn 20 MB.": what to do about a file too large. */
  tooBigAdvice: string;
  /** The kind the bytes are (the extension may settle formats that look alike), null for none. */
  sniff(bytes: Buffer, ext: string): K | null;
}

export const startsWith = (b: Buffer, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
export const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Any Office file (and any .zip) starts with PK. */
export const isZip = (b: Buffer) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);

/** The names in a zip's central directory (read from its end record), or [] when it is not a whole zip. */
export function zipEntryNames(b: Buffer): string[] {
  // The end record is 22 bytes plus a comment of up to 65,535.
  for (let eocd = b.length - 22; eocd >= Math.max(0, b.length - 22 - 0xffff); eocd--) {
    if (b.readUInt32LE(eocd) !== 0x06054b50) continue;
    const count = b.readUInt16LE(eocd + 10);
    let p = b.readUInt32LE(eocd + 16);
    const names: string[] = [];
    for (let i = 0; i < count && p + 46 <= b.length && b.readUInt32LE(p) === 0x02014b50; i++) {
      const nameLength = b.readUInt16LE(p + 28);
      names.push(b.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    }
    return names;
  }
  return [];
}

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });

/**
 * Checks an upload: size, the kind by its first bytes, an extension that agrees with the content,
 * a safe name; then hashes it. The name (and any path the browser sent) decides nothing on its own.
 */
export function checkUpload<K extends string>(upload: UploadedFile, rules: UploadRules<K>): CheckedFile {
  const { types, allowedText } = rules;
  const fileName = safeFileName(upload.fileName);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64))
    throw refuse(`Không đọc được tệp “${fileName}”. Vui lòng chọn lại tệp.`);
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw refuse(`Tệp “${fileName}” rỗng (0 byte).`);
  if (bytes.length > rules.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',').replace(/,0$/, '');
    throw refuse(
      `Tệp “${fileName}” nặng ${mb(bytes.length)} MB, quá giới hạn ${mb(rules.maxBytes)} MB. ${rules.tooBigAdvice}`,
    );
  }
  const ext = extensionOf(fileName);
  const kinds = Object.keys(types) as K[];
  const byExtension = kinds.find((k) => types[k].extensions.includes(ext));
  if (!byExtension) throw refuse(`Tệp “${fileName}” không được nhận: chỉ nhận ${allowedText}.`);
  const kind = rules.sniff(bytes, ext);
  if (kind === null)
    throw refuse(
      `Nội dung tệp “${fileName}” không phải ${types[byExtension].label} (tệp hỏng hoặc bị đổi đuôi). Chỉ nhận ${allowedText}.`,
    );
  if (!types[kind].extensions.includes(ext))
    throw refuse(
      `Tệp “${fileName}” có đuôi .${ext} nhưng nội dung là ${types[kind].label}. Hãy đổi đuôi tệp cho đúng rồi thử lại.`,
    );
  return {
    fileName,
    mimeType: types[kind].mime,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
