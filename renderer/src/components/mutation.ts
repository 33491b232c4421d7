import { ApiFailure } from '../lib/api';
import { messageOf } from '../lib/errors';

/** What a save, delete or restore tells the screen: the record, or the message and field errors. */
export type MutationResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      message: string;
      /** Per-field messages by dotted path, as the form names its inputs. */
      fields: Record<string, string>;
    };

export function failureOf(error: unknown): Extract<MutationResult<never>, { ok: false }> {
  return { ok: false, message: messageOf(error), fields: error instanceof ApiFailure ? error.fields : {} };
}
