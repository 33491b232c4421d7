import type { Handlers } from '../api/router';
import { CHANNELS, type Channel } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';

export const RESTORING_MESSAGE = 'Đang khôi phục dữ liệu; vui lòng thử lại sau khi khôi phục xong.';
const STILL_BUSY_MESSAGE =
  'Chưa khôi phục được vì một thao tác khác (ví dụ xuất Excel, in hoặc nhập dữ liệu) vẫn đang chạy. Dữ liệu hiện tại không bị thay đổi; vui lòng đợi thao tác đó xong rồi khôi phục lại.';

/** The channels that replace the database file: each runs alone. */
const REPLACING: ReadonlySet<Channel> = new Set<Channel>([
  'backup.restore',
  'backup.restoreStored',
  'recovery.restoreLatest',
  'recovery.startEmpty',
]);

/**
 * Keeps a restore from pulling the database out from under a running request.
 *
 * Design: a restore waits rather than interrupts. When it starts, the gate closes: requests arriving
 * from then until it ends answer BUSY ("Đang khôi phục dữ liệu..."). Requests already running (an
 * export building its workbook or waiting on its save dialog, an import between reading its file and
 * writing) finish first on the old database: an export completes its file from one consistent state,
 * a write commits into the old data, so the `prerestore` copy taken next holds it. Only then does the
 * restore (synchronous from there: check, copy, close, swap, reopen) run. If they do not finish within
 * `waitMs` (a save dialog left open), the restore is refused with BUSY and nothing has changed. Never
 * cancelling a running request is what guarantees no half-written export and no lost write.
 */
export function createRestoreGate(waitMs: number) {
  let running = 0;
  let restoring = false;
  const idle: Array<() => void> = [];

  function finished(): void {
    running -= 1;
    if (running === 0) for (const wake of idle.splice(0)) wake();
  }

  /** Resolves once no request runs; false after `waitMs`. */
  function drained(): Promise<boolean> {
    if (running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        idle.splice(idle.indexOf(wake), 1);
        resolve(false);
      }, waitMs);
      idle.push(wake);
    });
  }

  async function track<T>(work: () => T | Promise<T>): Promise<T> {
    if (restoring) throw new AppError('BUSY', RESTORING_MESSAGE);
    running += 1;
    try {
      return await work();
    } finally {
      finished();
    }
  }

  async function exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    if (restoring) throw new AppError('BUSY', RESTORING_MESSAGE);
    restoring = true;
    try {
      if (!(await drained())) throw new AppError('BUSY', STILL_BUSY_MESSAGE);
      return await work();
    } finally {
      restoring = false;
    }
  }

  return {
    /** True from the moment a restore starts waiting until it has reopened the data. */
    restoring: () => restoring,
    /** Every channel of `handlers` through the gate: the replacing ones alone, the others counted. */
    guard(handlers: Handlers): Handlers {
      const entries = CHANNELS.map((channel) => {
        const handler = handlers[channel] as (input: unknown, ctx: unknown) => unknown;
        const pass = REPLACING.has(channel) ? exclusive : track;
        return [channel, (input: unknown, ctx: unknown) => pass(() => handler(input, ctx))];
      });
      return Object.fromEntries(entries) as unknown as Handlers;
    },
  };
}

export type RestoreGate = ReturnType<typeof createRestoreGate>;
