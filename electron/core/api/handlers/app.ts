import fs from 'node:fs';
import type { HandlersFor } from './types';
import type { RequestContext } from '../router';
import type { Clock } from '../../clock';
import type { CoreServices } from '../../services';
import type { appChannels } from '../../../../shared/api/app';
import { countRecords } from '../../db/repos/overview';
import { schemaVersion } from '../../db/migrate';
import { AppError } from '../../../../shared/errors';

export function appHandlers(s: CoreServices): HandlersFor<typeof appChannels> {
  return {
    'app.info': () => ({
      appVersion: s.appVersion,
      schemaVersion: schemaVersion(s.db),
      dataDir: s.paths.dataDir,
      databaseFile: s.paths.databaseFile,
      wardName: s.settings.get().wardName,
      counts: countRecords(s.db),
      startupNotice: s.startupNotice.current(),
    }),
    'app.exportLog': (_input, ctx) => saveLogFile(s.paths.logFile, s.clock, ctx),
    'app.dismissStartupNotice': () => ({ dismissed: s.startupNotice.dismiss() }),
  };
}

/** Offers the technical log through the transport's save dialog; also served in recovery. */
export async function saveLogFile(logFile: string, clock: Clock, ctx: RequestContext) {
  if (!fs.existsSync(logFile)) {
    throw new AppError('NOT_FOUND', 'Chưa có nhật ký nào để lưu.');
  }
  const stamp = clock.now().toISOString().slice(0, 10).replaceAll('-', '');
  return ctx.dialogs.saveFile({
    suggestedName: `tdkt-nhat-ky-${stamp}.log`,
    filters: [{ name: 'Nhật ký', extensions: ['log', 'txt'] }],
    bytes: fs.readFileSync(logFile),
  });
}
