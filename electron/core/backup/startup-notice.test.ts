import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { unitInput } from '../testing/core';
import type { Core } from '../app';
import { MIGRATIONS } from '../db/migrations';
import { latestVersion } from '../db/migrate';
import { createMemoryLogger } from '../logging/logger';
import { checkBackupFile } from './check-file';
import { dataLayout } from './layout';
import type { BackupContext } from './policy';
import { beginSwap, installCandidate } from './swap';
import { INTENT_FILE_NAME, writeIntent, type SwapIntent } from './swap-intent';
import { call, movableClock, openCore } from './testing/fixtures';

const OLD_UNIT = 'Dữ liệu cũ';
const RESTORED_UNIT = 'Dữ liệu khôi phục';
const SHOWN_NAME = 'sao-luu-usb.sqlite';
const CUT_AT = '2026-11-26T09:00:00.000Z';
const RESTART_AT = '2026-11-27T08:00:00.000Z';
const clock = movableClock(CUT_AT);

let root: ReturnType<typeof tempDir>;
let data: string;
let backup: string;
const opened: Core[] = [];

/** A core on `dir`, closed after the test. */
function start(dir: string): Core {
  const core = openCore(dir, clock);
  opened.push(core);
  return core;
}

async function makeFolder(dir: string, unit: string): Promise<Core> {
  const core = start(dir);
  await call(core, 'units.create', unitInput(unit));
  return core;
}

beforeEach(async () => {
  root = tempDir('tdkt-startup-notice-');
  clock.set(CUT_AT);
  data = path.join(root.dir, 'data');
  backup = path.join(root.dir, SHOWN_NAME);
  const source = await makeFolder(path.join(root.dir, 'source'), RESTORED_UNIT);
  const made = await call(source, 'backup.create', {});
  fs.copyFileSync(path.join(root.dir, 'source', 'backups', made.name), backup);
  (await makeFolder(data, OLD_UNIT)).close();
});
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  root.cleanup();
});

const context = (): BackupContext => ({
  layout: dataLayout(data, path.join(data, 'tdkt.sqlite')),
  clock,
  log: createMemoryLogger(),
  latestVersion: latestVersion(MIGRATIONS),
});

/**
 * The data folder as a kill leaves it in the middle of a restore (the app closed): the checked copy
 * came in beside the database and the intent was written; with `installed`, the live files were set
 * aside and the copy renamed onto the database path.
 */
function cutOffSwap(installed: boolean): { ctx: BackupContext; intent: SwapIntent } {
  const ctx = context();
  const incoming = path.join(data, 'tdkt-restore-incoming.partial');
  fs.copyFileSync(backup, incoming);
  checkBackupFile(incoming, { shownName: SHOWN_NAME, latestVersion: ctx.latestVersion, privateCopy: true });
  const intent = beginSwap(ctx, incoming, SHOWN_NAME);
  if (installed) installCandidate(ctx, intent);
  return { ctx, intent };
}

/** The next start, a day later: ready, the intent settled. */
async function restart(): Promise<Core> {
  clock.set(RESTART_AT);
  const core = start(data);
  expect(core.mode).toBe('ready');
  expect(fs.existsSync(path.join(data, INTENT_FILE_NAME))).toBe(false);
  return core;
}

const unitNames = async (core: Core) => (await call(core, 'units.list', {})).map((u) => u.name);
const noticeOf = async (core: Core) => (await call(core, 'app.info', {})).startupNotice;

describe('app.info after a restore cut off at the last run', () => {
  it('tells that the restore was finished, from which file, and where the previous data are kept', async () => {
    const { intent } = cutOffSwap(true);
    const core = await restart();
    expect(await unitNames(core)).toEqual([RESTORED_UNIT]);
    expect(intent.setAside).toMatch(/^backups[\\/]replaced-\d{8}-\d{6}$/);
    expect(fs.existsSync(path.join(data, intent.setAside!, 'tdkt.sqlite'))).toBe(true);
    expect(await noticeOf(core)).toEqual({
      kind: 'restore-completed',
      title: 'Đã hoàn tất việc khôi phục dữ liệu bị gián đoạn',
      message:
        `Lần chạy trước, việc khôi phục dữ liệu từ tệp “${SHOWN_NAME}” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng). ` +
        `Ứng dụng đã hoàn tất việc khôi phục khi mở lại: dữ liệu đang dùng là dữ liệu từ tệp “${SHOWN_NAME}”. ` +
        `Dữ liệu trước khi khôi phục được giữ trong thư mục ${intent.setAside} (trong thư mục dữ liệu).`,
      at: RESTART_AT,
    });
  });

  it('tells that a restore being undone was undone: the data are as before and it may be tried again', async () => {
    // Killed just after the failed restore marked its intent for undoing (the new file would not open).
    const { ctx, intent } = cutOffSwap(true);
    writeIntent(ctx.layout, { ...intent, phase: 'rollback' });
    const core = await restart();
    expect(await unitNames(core)).toEqual([OLD_UNIT]);
    const notice = await noticeOf(core);
    expect(notice).toEqual({
      kind: 'restore-rolled-back',
      title: 'Việc khôi phục dữ liệu bị gián đoạn đã được hủy',
      message:
        `Lần chạy trước, việc khôi phục dữ liệu từ tệp “${SHOWN_NAME}” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng) ` +
        'và không hoàn tất được an toàn nên đã được hủy: dữ liệu đang dùng vẫn như trước khi khôi phục. ' +
        `Nếu vẫn cần, hãy khôi phục lại từ tệp “${SHOWN_NAME}” trong mục Dữ liệu.`,
      at: RESTART_AT,
    });
  });

  it('tells that the restore was undone when the incoming file was no longer the checked one', async () => {
    cutOffSwap(false);
    const incoming = path.join(data, 'tdkt-restore-incoming.partial');
    const bytes = fs.readFileSync(incoming);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100]! + 1) % 256;
    fs.writeFileSync(incoming, bytes);
    const core = await restart();
    expect(await unitNames(core)).toEqual([OLD_UNIT]);
    expect((await noticeOf(core))?.kind).toBe('restore-rolled-back');
  });

  it('tells that an unreadable record was kept in damaged/ and the folder opened as it was', async () => {
    fs.writeFileSync(path.join(data, INTENT_FILE_NAME), '{"version": 1, "phase": "sw');
    const core = await restart();
    expect(await unitNames(core)).toEqual([OLD_UNIT]);
    const kept = fs.readdirSync(path.join(data, 'damaged'));
    expect(kept).toEqual([expect.stringMatching(/^\d{8}-\d{6}-restore-intent$/)]);
    expect(fs.readdirSync(path.join(data, 'damaged', kept[0]!))).toEqual([INTENT_FILE_NAME]);
    expect(await noticeOf(core)).toEqual({
      kind: 'restore-intent-unreadable',
      title: 'Không đọc được ghi chép của lần khôi phục dữ liệu trước',
      message:
        'Lần chạy trước có một lần khôi phục dữ liệu bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng), ' +
        'nhưng ghi chép về việc khôi phục đó không đọc được. ' +
        'Thư mục dữ liệu được mở như hiện có, ứng dụng không thay đổi tệp nào. ' +
        `Ghi chép không đọc được được giữ trong thư mục ${path.join('damaged', kept[0]!)} (trong thư mục dữ liệu). ` +
        'Hãy kiểm tra lại dữ liệu; nếu chưa đúng, hãy khôi phục lại từ bản sao lưu trong mục Dữ liệu.',
      at: RESTART_AT,
    });
  });

  it('has no notice on a start without a cut-off restore', async () => {
    const core = await restart();
    expect(await noticeOf(core)).toBeNull();
    expect(await call(core, 'app.dismissStartupNotice', {})).toEqual({ dismissed: false });
  });
});

describe('dismissing the start-up notice', () => {
  it('removes it for the rest of the run, and the next start shows none', async () => {
    cutOffSwap(true);
    const core = await restart();
    expect((await noticeOf(core))?.kind).toBe('restore-completed');
    expect(await call(core, 'app.dismissStartupNotice', {})).toEqual({ dismissed: true });
    expect(await noticeOf(core)).toBeNull();
    expect(await call(core, 'app.dismissStartupNotice', {})).toEqual({ dismissed: false });
    core.close();
    const next = await restart();
    expect(await noticeOf(next)).toBeNull();
  });

  it('keeps a notice not yet dismissed across a restore made in the app, and not one dismissed', async () => {
    cutOffSwap(true);
    const core = await restart();
    const notice = await noticeOf(core);
    expect(notice?.kind).toBe('restore-completed');
    const made = await call(core, 'backup.create', {});
    await call(core, 'units.create', unitInput('Đơn vị thêm sau'));
    // The restore reopens the database and builds new services.
    await call(core, 'backup.restoreStored', { name: made.name });
    expect(await unitNames(core)).toEqual([RESTORED_UNIT]);
    expect(await noticeOf(core)).toEqual(notice);
    expect(await call(core, 'app.dismissStartupNotice', {})).toEqual({ dismissed: true });
    await call(core, 'backup.restoreStored', { name: made.name });
    expect(await noticeOf(core)).toBeNull();
  });
});
