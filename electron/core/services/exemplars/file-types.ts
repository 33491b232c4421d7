import {
  ascii,
  checkUpload,
  isZip,
  startsWith,
  zipEntryNames,
  type CheckedFile,
  type UploadedFile,
  type UploadRules,
} from '../../files/checked-upload';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, type EvidenceKind } from '../../../../shared/domain/exemplars';

export type { CheckedFile, UploadedFile };

/** What the bytes are, by their signature; null when none of the accepted kinds. */
export function sniffEvidence(b: Buffer): EvidenceKind | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return 'gif';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(b, ascii('%PDF-'))) return 'pdf';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  // Any Office file (and any .zip) starts with PK: only a Word document has a word/ part.
  if (isZip(b) && zipEntryNames(b).some((n) => n.startsWith('word/'))) return 'docx';
  return null;
}

const EVIDENCE_RULES: UploadRules<EvidenceKind> = {
  types: EVIDENCE_TYPES,
  maxBytes: EVIDENCE_MAX_BYTES,
  allowedText: 'ảnh (JPG, PNG, GIF, WebP), PDF hoặc Word (DOC, DOCX)',
  tooBigAdvice: 'Hãy thu nhỏ ảnh hoặc chia tệp PDF rồi thử lại.',
  sniff: (bytes) => sniffEvidence(bytes),
};

/** Checks an uploaded evidence file (see checkUpload). */
export const checkEvidenceFile = (upload: UploadedFile): CheckedFile => checkUpload(upload, EVIDENCE_RULES);
