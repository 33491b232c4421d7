import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { extensionOf, safeFileName } from '../../files/safe-name';
import {
  EVIDENCE_KINDS,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  type EvidenceKind,
} from '../../../../shared/domain/exemplars';

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

const ALLOWED_TEXT = 'ảnh (JPG, PNG, GIF, WebP), PDF hoặc Word (DOC, DOCX)';
const startsWith = (b: Buffer, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The names in a zip's central directory (read from its end record), or [] when it is not a whole zip. */
function zipEntryNames(b: Buffer): string[] {
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

/** What the bytes are, by their signature; null when none of the accepted kinds. */
export function sniffEvidence(b: Buffer): EvidenceKind | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return 'gif';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(b, ascii('%PDF-'))) return 'pdf';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  // Any Office file (and any .zip) starts with PK: only a Word document has a word/ part.
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && zipEntryNames(b).some((n) => n.startsWith('word/')))
    return 'docx';
  return null;
}

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });

/**
 * Checks an uploaded evidence file: size, content type by its first bytes, an extension that agrees
 * with the content, a safe name; then hashes it. The name (and any path the browser sent) decides
 * nothing on its own.
 */
export function checkEvidenceFile(upload: UploadedFile): CheckedFile {
  const fileName = safeFileName(upload.fileName);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64))
    throw refuse(`Không đọc được tệp “${fileName}”. Vui lòng chọn lại tệp.`);
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw refuse(`Tệp “${fileName}” rỗng (0 byte).`);
  if (bytes.length > EVIDENCE_MAX_BYTES)
    throw refuse(
      `Tệp “${fileName}” nặng ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn 20 MB. Hãy thu nhỏ ảnh hoặc chia tệp PDF rồi thử lại.`,
    );
  const ext = extensionOf(fileName);
  const byExtension = EVIDENCE_KINDS.find((k) => EVIDENCE_TYPES[k].extensions.includes(ext));
  if (!byExtension) throw refuse(`Tệp “${fileName}” không được nhận: chỉ nhận ${ALLOWED_TEXT}.`);
  const kind = sniffEvidence(bytes);
  if (kind === null)
    throw refuse(
      `Nội dung tệp “${fileName}” không phải ${EVIDENCE_TYPES[byExtension].label} (tệp hỏng hoặc bị đổi đuôi). Chỉ nhận ${ALLOWED_TEXT}.`,
    );
  if (!EVIDENCE_TYPES[kind].extensions.includes(ext))
    throw refuse(
      `Tệp “${fileName}” có đuôi .${ext} nhưng nội dung là ${EVIDENCE_TYPES[kind].label}. Hãy đổi đuôi tệp cho đúng rồi thử lại.`,
    );
  return {
    fileName,
    mimeType: EVIDENCE_TYPES[kind].mime,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
