import { ApiFailure } from './api';

const UNEXPECTED = 'Đã xảy ra lỗi không mong muốn. Hãy thử lại.';

/** The Vietnamese message to show for a failed call. */
export function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.message : UNEXPECTED;
}
