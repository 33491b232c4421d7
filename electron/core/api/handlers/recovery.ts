import type { Handlers } from '../router';
import type { HandlersFor } from './types';
import type { Clock } from '../../clock';
import type { DataKeeper } from '../../backup/keeper';
import { backupFileHandlers } from './backup';
import { saveLogFile } from './app';
import { CHANNELS } from '../../../../shared/api/contract';
import type { recoveryChannels } from '../../../../shared/api/recovery';
import { AppError, type ErrorCode } from '../../../../shared/errors';

export function recoveryHandlers(keeper: DataKeeper): HandlersFor<typeof recoveryChannels> {
  return {
    'recovery.status': () => keeper.recoveryStatus(),
    'recovery.restoreLatest': () => keeper.restoreLatest(),
    'recovery.startEmpty': () => keeper.startEmpty(),
  };
}

/** Every channel answering the same error: the base of the recovery map, and of a closed core. */
export function refusingHandlers(code: ErrorCode, message: string): Handlers {
  const refuse = () => {
    throw new AppError(code, message);
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, refuse])) as unknown as Handlers;
}

/**
 * What the core serves while the data needs recovery: the channels of CHANNELS_IN_RECOVERY (status,
 * restores, start empty, the backup list, saving the log for support); everything else answers
 * RECOVERY_REQUIRED, on which the page shows its recovery screen.
 */
export function createRecoveryModeHandlers(
  keeper: DataKeeper,
  support: { logFile: string; clock: Clock },
  message: string,
): Handlers {
  return {
    ...refusingHandlers('RECOVERY_REQUIRED', message),
    ...recoveryHandlers(keeper),
    ...backupFileHandlers(keeper),
    'app.exportLog': (_input, ctx) => saveLogFile(support.logFile, support.clock, ctx),
  };
}
