import fs from 'node:fs';
import type { Handlers } from './router';
import type { CoreServices } from '../services';
import { countRecords } from '../db/repos/overview';
import { schemaVersion } from '../db/migrate';
import { AppError } from '../../../shared/errors';

/** Maps every contract channel to the service that serves it. */
export function createHandlers(s: CoreServices): Handlers {
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
    'settings.get': () => s.settings.get(),
    'settings.update': (input) => s.settings.update(input),
  };
}
