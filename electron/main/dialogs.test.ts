import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../core/testing/temp';
import { AppError } from '../../shared/errors';
import { FakeBrowserWindow, app, dialog, resetFakeElectron, shell } from './testing/fake-electron';
import { createElectronDialogs } from './dialogs';

vi.mock('electron', () => import('./testing/fake-electron'));

let dir: string;
let cleanup: () => void;
const bytes = new TextEncoder().encode('Danh sách khen thưởng');
const request = {
  suggestedName: 'khen-thuong.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  bytes,
};

beforeEach(() => {
  resetFakeElectron();
  ({ dir, cleanup } = tempDir());
  app.getPath.mockImplementation(() => path.join(dir, 'Documents'));
});
afterEach(() => cleanup());

describe('createElectronDialogs().saveFile', () => {
  it('reports a cancelled dialog and writes nothing', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await createElectronDialogs(() => null).saveFile(request)).toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('writes the bytes where the user chose and says where', async () => {
    const target = path.join(dir, 'Báo cáo.xlsx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const outcome = await createElectronDialogs(() => null).saveFile(request);
    expect(outcome).toEqual({
      saved: true,
      fileName: 'Báo cáo.xlsx',
      location: target,
      sizeBytes: bytes.byteLength,
    });
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(bytes);
  });

  it('opens in Documents with the suggested name, a Vietnamese title and the filters, over the window', async () => {
    const window = new FakeBrowserWindow({});
    await createElectronDialogs(() => window as never).saveFile({
      ...request,
      suggestedName: '../../evil.xlsx',
    });
    const [parent, options] = dialog.showSaveDialog.mock.calls[0]! as [unknown, Electron.SaveDialogOptions];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(dir, 'Documents', 'evil.xlsx'));
    expect(options.title).toBe('Lưu tệp');
    expect(options.filters).toEqual(request.filters);
    expect(app.getPath).toHaveBeenCalledWith('documents');
  });

  it('turns a write failure into a Vietnamese message', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(dir, 'missing', 'x.xlsx'),
    });
    const saving = createElectronDialogs(() => null).saveFile(request);
    await expect(saving).rejects.toBeInstanceOf(AppError);
    await expect(saving).rejects.toThrow(/Không lưu được tệp “x.xlsx”/);
  });
});

describe('createElectronDialogs().chooseDirectory', () => {
  it('shows the native folder picker, allowing a new folder, over the window', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb'] });
    const folder = await createElectronDialogs(() => window as never).chooseDirectory({
      title: 'Chọn thư mục sao lưu',
    });
    expect(folder).toBe('/media/usb');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]! as [unknown, Electron.OpenDialogOptions];
    expect(parent).toBe(window);
    expect(options.title).toBe('Chọn thư mục sao lưu');
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(options.defaultPath).toBe(path.join(dir, 'Documents'));
  });

  it('answers null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await createElectronDialogs(() => null).chooseDirectory({ title: 'x' })).toBeNull();
  });

  it('tells the user the full path of what was written', () => {
    expect(createElectronDialogs(() => null).describeLocation('/media/usb/a.sqlite')).toBe(
      '/media/usb/a.sqlite',
    );
  });
});

describe('createElectronDialogs().openFile', () => {
  it('writes a copy under the temp folder, one folder per opening, and opens it with the default program', async () => {
    app.getPath.mockImplementation(() => dir);
    const dialogs = createElectronDialogs(() => null);
    const pdf = new TextEncoder().encode('%PDF-1.4 minh chứng');
    const first = await dialogs.openFile({
      fileName: '../../Biên bản.pdf',
      bytes: pdf,
      mimeType: 'application/pdf',
    });
    const second = await dialogs.openFile({ fileName: 'Biên bản.pdf', bytes, mimeType: 'application/pdf' });
    expect(app.getPath).toHaveBeenCalledWith('temp');
    expect(first).toEqual({ opened: true, location: expect.stringMatching(/tdkt-tep-.*Biên bản\.pdf$/) });
    expect(path.dirname(path.dirname(first.location))).toBe(path.dirname(path.dirname(second.location)));
    expect(first.location).not.toBe(second.location);
    expect(path.relative(dir, first.location).startsWith('..')).toBe(false);
    expect(new Uint8Array(fs.readFileSync(first.location))).toEqual(pdf);
    expect(shell.openPath).toHaveBeenCalledWith(first.location);
  });

  it('says when no program could open the file', async () => {
    app.getPath.mockImplementation(() => dir);
    shell.openPath.mockResolvedValueOnce('No application is associated');
    const outcome = await createElectronDialogs(() => null).openFile({
      fileName: 'a.doc',
      bytes,
      mimeType: 'application/msword',
    });
    expect(outcome.opened).toBe(false);
  });
});
