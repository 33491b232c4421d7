import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../core/files/dialogs';
import type { SaveOutcome } from '../../shared/api/files';
import { AppError } from '../../shared/errors';

/**
 * The native side of `FileDialogs`: a save dialog opening in the user's Documents folder, then
 * the bytes written where the user chose; a folder picker for backups to a USB stick. The harness
 * implements the same interface with downloads.
 */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Required<FileDialogs> {
  let runFolder: string | null = null;
  let opened = 0;
  return {
    async saveFile({ suggestedName, filters, bytes }): Promise<SaveOutcome> {
      const options: Electron.SaveDialogOptions = {
        title: 'Lưu tệp',
        buttonLabel: 'Lưu',
        // basename: a suggested name is only ever a file name, never a way into another folder.
        defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      const location = choice.filePath;
      try {
        await fs.promises.writeFile(location, bytes);
      } catch (cause) {
        throw new AppError(
          'INTERNAL',
          `Không lưu được tệp “${path.basename(location)}”. Tệp có thể đang mở trong chương trình khác, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác rồi thử lại.`,
          { cause },
        );
      }
      return { saved: true, fileName: path.basename(location), location, sizeBytes: bytes.byteLength };
    },

    async chooseDirectory({ title }): Promise<string | null> {
      const options: Electron.OpenDialogOptions = {
        title,
        buttonLabel: 'Chọn thư mục này',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      };
      const window = getWindow();
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const folder = choice.filePaths[0];
      return choice.canceled || folder === undefined ? null : folder;
    },

    describeLocation: (file) => file,

    // A stored file is opened from a copy: one temp folder per run, one numbered folder per opening,
    // so two files of the same name never overwrite each other nor a copy still open in Word.
    async openFile({ fileName, bytes }) {
      runFolder ??= await fs.promises.mkdtemp(path.join(app.getPath('temp'), 'tdkt-tep-'));
      const folder = path.join(runFolder, String(++opened));
      const location = path.join(folder, path.basename(fileName));
      try {
        await fs.promises.mkdir(folder, { recursive: true });
        await fs.promises.writeFile(location, bytes);
      } catch (cause) {
        throw new AppError(
          'INTERNAL',
          `Không chép được tệp “${path.basename(fileName)}” ra thư mục tạm để mở. Ổ đĩa có thể đã đầy.`,
          { cause },
        );
      }
      // openPath answers with an error text, '' when the default program took the file.
      return { opened: (await shell.openPath(location)) === '', location };
    },
  };
}
