/** Error codes that cross the API boundary. Messages shown to users are Vietnamese. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'DB_OPEN_FAILED',
  'DB_TOO_NEW',
  'INTERNAL',
  /** The database was damaged or missing at start-up: only the recovery channels answer until it is restored. */
  'RECOVERY_REQUIRED',
  /** A restore is replacing the data: the request was not run; the user tries again once it is done. */
  'BUSY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Per-field messages for forms, keyed by dotted path. */
  fields?: Record<string, string>;
}

/** An error whose message is fit for the user; anything else is reported as INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; fields?: Record<string, string> },
  ) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    if (options?.fields) this.fields = options.fields;
  }
}

export const INTERNAL_MESSAGE =
  'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết được ghi trong nhật ký (tệp tdkt.log trong thư mục dữ liệu).';
