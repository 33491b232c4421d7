import fs from 'node:fs';
import type { HandlersFor } from './types';
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
    }),
    'app.exportLog': async (_input, ctx) => {
      if (!fs.existsSync(s.paths.logFile)) {
        throw new AppError('NOT_FOUND', 'Chưa có nhật ký nào để lưu.');
      }
      const stamp = s.clock.now().toISOString().slice(0, 10).replaceAll('-', '');
      return ctx.dialogs.saveFile({
        suggestedName: `tdkt-nhat-ky-${stamp}.log`,
        filters: [{ name: 'Nhật ký', extensions: ['log', 'txt'] }],
        bytes: fs.readFileSync(s.paths.logFile),
      });
    },
  };
}
