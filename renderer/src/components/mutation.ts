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

/**
 * Runs a write with a busy flag up while it lasts. Only after it succeeds does `after` run (it reads
 * again what the write changed, awaited so the result comes back with the screen up to date). A
 * failure comes back as a message and field errors; the flag comes down either way.
 */
export async function runMutation<T>(
  setBusy: (busy: boolean) => void,
  run: () => Promise<T>,
  after?: (value: T) => unknown,
): Promise<MutationResult<T>> {
  setBusy(true);
  try {
    const value = await run();
    await after?.(value);
    return { ok: true, value };
  } catch (error) {
    return failureOf(error);
  } finally {
    setBusy(false);
  }
}
