import { AppError } from '../../../../shared/errors';

/**
 * A guard for long work (an export of 100,000 rows, an import): while one run is going, another
 * is refused with `busyMessage` instead of being started a second time.
 */
export function oneAtATime(busyMessage: string) {
  let running = false;
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running) throw new AppError('CONFLICT', busyMessage);
    running = true;
    try {
      return await work();
    } finally {
      running = false;
    }
  };
}
