import { formatNumberVi } from '../../../../shared/rules/money';

/** A report file as units send it: PDF, Word, Excel or a photo of the paper copy. */
export const REPORT_FILE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';

/** Checked before reading the file, as for evidence files; the main process checks again. */
export const REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** "1,5 MB" / "240 KB". */
export function fileSizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${formatNumberVi(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}
