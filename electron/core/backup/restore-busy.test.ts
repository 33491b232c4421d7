import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { personInput } from '../testing/core';
import { startCore, type Core } from '../app';
import type { RequestContext } from '../api/router';
import type { SaveOutcome } from '../../../shared/api/files';
import { backupNames, call, movableClock, refused, upload } from './testing/fixtures';

const RESTORING = 'Đang khôi phục dữ liệu; vui lòng thử lại sau khi khôi phục xong.';
const clock = movableClock('2026-11-26T09:00:00.000Z');
let data: ReturnType<typeof tempDir>;
let core: Core;
let backupFile: string;

function open(options: { restoreWaitMs?: number; onSwapStep?: (step: string) => void } = {}): Core {
  return startCore({ dataDir: data.dir, appVersion: 'test', clock, autoBackupCheckMs: 0, ...options });
}

/** Backed up with one person; a second one added after the backup. */
async function prepare(): Promise<void> {
  await call(core, 'people.create', personInput('Nguyễn Văn An'));
  const made = await call(core, 'backup.create', {});
  backupFile = path.join(data.dir, 'sao-luu.sqlite');
  fs.copyFileSync(path.join(data.dir, 'backups', made.name), backupFile);
  clock.set('2026-11-27T10:00:00.000Z');
  await call(core, 'people.create', personInput('Trần Thị Bình'));
}

/** A save dialog the test holds open: the export is running until `release()`. */
function heldSave() {
  let release: () => void = () => {};
  let bytes: Uint8Array | null = null;
  const ctx: RequestContext = {
    dialogs: {
      saveFile: (request) => {
        bytes = request.bytes;
        return new Promise<SaveOutcome>((resolve) => {
          release = () =>
            resolve({ saved: true, fileName: 'x.xlsx', location: 'x', sizeBytes: request.bytes.length });
        });
      },
    },
  };
  return {
    ctx,
    release: () => release(),
    started: async () => {
      while (bytes === null) await new Promise((r) => setTimeout(r, 5));
    },
    bytes: () => bytes!,
  };
}

async function namesIn(xlsx: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(String(row.values))));
  return cells.join('\n');
}

const peopleNames = async () => (await call(core, 'people.list', {})).rows.map((p) => p.fullName).sort();

beforeEach(() => {
  data = tempDir();
  clock.set('2026-11-26T09:00:00.000Z');
});
afterEach(() => {
  core.close();
  data.cleanup();
});

describe('requests while a restore replaces the data', () => {
  it('the restore waits for a running export, which finishes from the old data; requests arriving meanwhile answer BUSY in Vietnamese', async () => {
    core = open();
    await prepare();
    const exporting = heldSave();
    const exported = core.router.invoke('people.export', {}, exporting.ctx);
    await exporting.started();

    let restored = false;
    const restore = core.router
      .invoke('backup.restore', { file: upload(backupFile) }, exporting.ctx)
      .finally(() => (restored = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(restored).toBe(false);
    for (const [channel, input] of [
      ['people.create', personInput('Lê Văn Cường')],
      ['people.list', {}],
      ['backup.restoreStored', { name: 'tdkt-20261126-090000-manual.sqlite' }],
    ] as const) {
      expect(await core.router.invoke(channel, input, exporting.ctx)).toEqual({
        ok: false,
        error: { code: 'BUSY', message: RESTORING },
      });
    }

    exporting.release();
    expect(await exported).toMatchObject({ ok: true, data: { saved: true } });
    expect(await restore).toMatchObject({ ok: true, data: { fileName: 'sao-luu.sqlite' } });
    // The export is whole and holds the data as it was; the refused write never happened.
    expect(await namesIn(exporting.bytes())).toMatch(
      /Nguyễn Văn An[\s\S]*Trần Thị Bình|Trần Thị Bình[\s\S]*Nguyễn Văn An/,
    );
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
    expect(core.mode).toBe('ready');
  });

  it('refuses the restore, changing nothing, when a running export does not finish in time', async () => {
    core = open({ restoreWaitMs: 50 });
    await prepare();
    const exporting = heldSave();
    const exported = core.router.invoke('people.export', {}, exporting.ctx);
    await exporting.started();
    const before = backupNames(data.dir);

    const error = await refused(core, 'backup.restore', { file: upload(backupFile) });
    expect(error.code).toBe('BUSY');
    expect(error.message).toContain('một thao tác khác (ví dụ xuất Excel');
    expect(error.message).toContain('Dữ liệu hiện tại không bị thay đổi');
    expect(backupNames(data.dir)).toEqual(before);
    expect(await peopleNames()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);

    exporting.release();
    expect(await exported).toMatchObject({ ok: true });
    await call(core, 'backup.restore', { file: upload(backupFile) });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
  });

  it('answers BUSY to a request arriving during the file swap itself', async () => {
    let during: ReturnType<Core['router']['invoke']> | null = null;
    core = open({
      onSwapStep: (step) => {
        if (step === 'set-aside') during = core.router.invoke('people.list', {}, heldSave().ctx);
      },
    });
    await prepare();
    await call(core, 'backup.restore', { file: upload(backupFile) });
    expect(during).not.toBeNull();
    expect(await during!).toEqual({ ok: false, error: { code: 'BUSY', message: RESTORING } });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
  });
});
