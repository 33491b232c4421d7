import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { DataKeeper } from '../../backup/keeper';
import type { backupChannels } from '../../../../shared/api/backup';
import { AppError } from '../../../../shared/errors';

type BackupHandlers = HandlersFor<typeof backupChannels>;

/** The backup channels that need no open database: they also answer in recovery. */
export function backupFileHandlers(
  keeper: DataKeeper,
): Pick<BackupHandlers, 'backup.list' | 'backup.inspect' | 'backup.restore' | 'backup.restoreStored'> {
  return {
    'backup.list': () => keeper.overview(),
    'backup.inspect': ({ file }) => keeper.inspect(file),
    'backup.restore': ({ file }) => keeper.restoreUpload(file),
    'backup.restoreStored': ({ name }) => keeper.restoreStored(name),
  };
}

export function backupHandlers(s: CoreServices): BackupHandlers {
  const keeper = s.keeper;
  return {
    ...backupFileHandlers(keeper),
    'backup.create': () => keeper.createBackup(),
    'backup.saveToFolder': async (_input, ctx) => {
      const { chooseDirectory, describeLocation } = ctx.dialogs;
      if (!chooseDirectory)
        throw new AppError('INTERNAL', 'Không chọn được thư mục để lưu bản sao lưu ở chế độ này.');
      const folder = await chooseDirectory.call(ctx.dialogs, {
        title: 'Chọn thư mục để lưu bản sao lưu (ví dụ ổ USB)',
      });
      if (folder === null) return { saved: false };
      const exported = keeper.exportTo(folder);
      return {
        saved: true,
        fileName: exported.fileName,
        location: describeLocation ? describeLocation.call(ctx.dialogs, exported.file) : exported.file,
        sizeBytes: exported.sizeBytes,
        createdAt: exported.createdAt,
      };
    },
  };
}
