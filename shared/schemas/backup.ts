import { z } from 'zod';
import { MAX_RESTORE_FILE_BYTES } from '../domain/backup';

const MAX_BASE64_CHARS = Math.ceil(MAX_RESTORE_FILE_BYTES / 3) * 4;

/**
 * A backup file picked in the page (`<input type="file" accept=".sqlite">`) and sent as base64, like
 * `uploadedFile` but with room for a whole database (up to 200 MB of file).
 */
export const uploadedBackupFile = z
  .object({
    fileName: z.string().min(1, 'Thiếu tên tệp.').max(255, 'Tên tệp quá dài.'),
    base64: z
      .string()
      .min(1, 'Tệp sao lưu trống.')
      .max(MAX_BASE64_CHARS, `Tệp sao lưu quá lớn (tối đa ${MAX_RESTORE_FILE_BYTES / 1024 / 1024} MB).`),
  })
  .strict();

export const backupFileInputSchema = z.object({ file: uploadedBackupFile }).strict();

/** One of the backups listed by `backup.list`, by its file name. */
export const storedBackupSchema = z
  .object({
    name: z.string().regex(/^tdkt-\d{8}-\d{6}-[a-z]+(-\d+)?\.sqlite$/, 'Tên bản sao lưu không hợp lệ.'),
  })
  .strict();

/** Starting again with no data is only done when the page says the user confirmed it. */
export const startEmptySchema = z
  .object({
    confirm: z.literal(true, { error: 'Cần xác nhận rõ ràng trước khi bắt đầu với dữ liệu trống.' }),
  })
  .strict();
