import {
  checkUpload,
  isZip,
  zipEntryNames,
  type CheckedFile,
  type FileKindSpec,
  type UploadRules,
} from '../../files/checked-upload';
import { sniffEvidence, type UploadedFile } from '../exemplars/file-types';

/** At most 20 MB, as evidence files. */
const REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

type ReportFileKind = 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'jpeg' | 'png';

/** Per kind: the extensions a name may end with, the MIME type stored, and the name shown in messages. */
const TYPES: Record<ReportFileKind, FileKindSpec> = {
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

/**
 * What the bytes are, by the same signatures as the evidence files, plus Excel: an old Office file
 * (OLE) is a Word or an Excel file alike (the extension says which), and a zip is an Excel workbook
 * when it holds an xl/workbook.xml part.
 */
function sniffReport(bytes: Buffer, ext: string): ReportFileKind | null {
  const kind = sniffEvidence(bytes);
  if (kind === 'doc') return ext === 'xls' ? 'xls' : 'doc';
  if (kind === 'pdf' || kind === 'docx' || kind === 'jpeg' || kind === 'png') return kind;
  if (isZip(bytes) && zipEntryNames(bytes).includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

const REPORT_RULES: UploadRules<ReportFileKind> = {
  types: TYPES,
  maxBytes: REPORT_FILE_MAX_BYTES,
  allowedText: 'PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ảnh (JPG, PNG)',
  tooBigAdvice: 'Hãy thu nhỏ hoặc chia tệp rồi thử lại.',
  sniff: sniffReport,
};

/** Checks the file of a unit's report as the evidence files are checked (see checkUpload). */
export const checkReportFile = (upload: UploadedFile): CheckedFile => checkUpload(upload, REPORT_RULES);
