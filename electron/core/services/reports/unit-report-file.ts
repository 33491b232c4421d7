import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { extensionOf, safeFileName } from '../../files/safe-name';
import { sniffEvidence, type CheckedFile, type UploadedFile } from '../exemplars/file-types';

/** At most 20 MB, as evidence files. */
const REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

const KINDS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpeg', 'png'] as const;
type ReportFileKind = (typeof KINDS)[number];

/** Per kind: the extensions a name may end with, the MIME type stored, and the name shown in messages. */
const TYPES: Record<ReportFileKind, { extensions: string[]; mime: string; label: string }> = {
  pdf: { extensions: ['pdf'], mime: 'application/pdf', label: 'tệp PDF' },
  doc: { extensions: ['doc'], mime: 'application/msword', label: 'tệp Word (.doc)' },
  docx: {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'tệp Word (.docx)',
  },
  xls: { extensions: ['xls'], mime: 'application/vnd.ms-excel', label: 'tệp Excel (.xls)' },
  xlsx: {
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'tệp Excel (.xlsx)',
  },
  jpeg: { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'ảnh JPEG' },
  png: { extensions: ['png'], mime: 'image/png', label: 'ảnh PNG' },
};

const ALLOWED_TEXT = 'PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ảnh (JPG, PNG)';

/**
 * What the bytes are, by the same signatures as the evidence files, plus Excel: an old Office file
 * (OLE) is a Word or an Excel file alike (the extension says which), and a zip is an Excel workbook
 * when it holds xl/workbook.xml (part names are stored uncompressed in a zip's headers).
 */
function sniffReport(bytes: Buffer, ext: string): ReportFileKind | null {
  const kind = sniffEvidence(bytes);
  if (kind === 'doc') return ext === 'xls' ? 'xls' : 'doc';
  if (kind === 'pdf' || kind === 'docx' || kind === 'jpeg' || kind === 'png') return kind;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip && bytes.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });

/**
 * Checks the file of a unit's report as the evidence files are checked: size (at most 20 MB), the
 * kind by its first bytes, an extension that agrees with it, a safe name; then hashes it.
 */
export function checkReportFile(upload: UploadedFile): CheckedFile {
  const fileName = safeFileName(upload.fileName);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64))
    throw refuse(`Không đọc được tệp “${fileName}”. Vui lòng chọn lại tệp.`);
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw refuse(`Tệp “${fileName}” rỗng (0 byte).`);
  if (bytes.length > REPORT_FILE_MAX_BYTES)
    throw refuse(
      `Tệp “${fileName}” nặng ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn 20 MB. Hãy thu nhỏ hoặc chia tệp rồi thử lại.`,
    );
  const ext = extensionOf(fileName);
  const byExtension = KINDS.find((k) => TYPES[k].extensions.includes(ext));
  if (!byExtension) throw refuse(`Tệp “${fileName}” không được nhận: chỉ nhận ${ALLOWED_TEXT}.`);
  const kind = sniffReport(bytes, ext);
  if (kind === null)
    throw refuse(
      `Nội dung tệp “${fileName}” không phải ${TYPES[byExtension].label} (tệp hỏng hoặc bị đổi đuôi). Chỉ nhận ${ALLOWED_TEXT}.`,
    );
  if (!TYPES[kind].extensions.includes(ext))
    throw refuse(
      `Tệp “${fileName}” có đuôi .${ext} nhưng nội dung là ${TYPES[kind].label}. Hãy đổi đuôi tệp cho đúng rồi thử lại.`,
    );
  return {
    fileName,
    mimeType: TYPES[kind].mime,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
