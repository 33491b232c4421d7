import fs from 'node:fs';
import path from 'node:path';
import type { RuntimeHost, RuntimeState } from '../runtime';
import { schemaVersion } from '../db/migrate';
import { backupFacts } from '../db/repos/maintenance';
import type { CheckedBackup } from './check-file';
import { checkBackupFile } from './check-file';
import type { DataKeeper, UploadedBackup } from './keeper';
import { exportFileName, freeName, PARTIAL_SUFFIX } from './layout';
import { listLocalBackups, removePartials, toStoredBackup } from './local-backups';
import { writeVerifiedCopy } from './make';
import { makeLocalBackup, newestAutoBackup } from './policy';
import { removeIfPresent } from './durable';
import { createVerifiedBackups } from './verified-backups';
import { AppError } from '../../../shared/errors';
import { describeAge, MAX_RESTORE_FILE_BYTES } from '../../../shared/domain/backup';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { BackupDate, RestoreReport, StoredBackup } from '../../../shared/api/backup';
import type { RecoveryProblem, RecoveryStatus } from '../../../shared/api/recovery';

const PROBLEM_MESSAGES: Record<RecoveryProblem, string> = {
  damaged:
    'Tệp dữ liệu bị hỏng (thường do mất điện hoặc ổ đĩa lỗi) nên ứng dụng chưa mở dữ liệu. Tệp hỏng đã được chuyển sang một thư mục riêng, không bị xóa.',
  missing:
    'Không tìm thấy tệp dữ liệu, dù máy vẫn còn các bản sao lưu: tệp có thể đã bị xóa hoặc bị chuyển đi nơi khác.',
  'restore-failed':
    'Việc khôi phục không thành công và không mở lại được dữ liệu trước đó. Các tệp được giữ nguyên trong thư mục sao lưu và thư mục “damaged”.',
};

/** A time written `YYYYMMDD-HHMMSS` in a file name (ours, or the "Sao lưu ngay" name), as ISO. */
function timeInName(name: string): string | null {
  const m = /(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, s);
  return at.getMonth() === mo - 1 && at.getDate() === d ? at.toISOString() : null;
}

/** See BackupDate: the newest change inside the data, else the time in the file's name. */
export function backupDateOf(checked: CheckedBackup, fileName: string): BackupDate | null {
  if (checked.lastChangeAt !== null) return { at: checked.lastChangeAt, source: 'last-change' };
  const named = timeInName(fileName);
  return named === null ? null : { at: named, source: 'file-name' };
}

export function createDataKeeper(host: RuntimeHost): DataKeeper {
  const { ctx } = host;
  const verified = createVerifiedBackups(ctx);
  const candidate = path.join(ctx.layout.dataDir, `tdkt-restore-incoming${PARTIAL_SUFFIX}`);

  function ready(): Extract<RuntimeState, { mode: 'ready' }> {
    const state = host.state();
    if (state.mode === 'ready') return state;
    throw new AppError('RECOVERY_REQUIRED', 'Dữ liệu cần được khôi phục trước khi sao lưu.');
  }

  /** A private copy of the file to check or restore, beside the database (so it can be renamed onto it). */
  function withCandidate<T>(fill: (file: string) => void, use: (file: string) => T): T {
    removeIfPresent(candidate);
    try {
      fill(candidate);
      return use(candidate);
    } finally {
      removeIfPresent(candidate);
    }
  }

  const writeUpload = (upload: UploadedBackup) => (file: string) => {
    const bytes = Buffer.from(upload.base64, 'base64');
    if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp sao lưu trống.');
    if (bytes.length > MAX_RESTORE_FILE_BYTES) {
      throw new AppError(
        'VALIDATION',
        `Tệp sao lưu quá lớn (tối đa ${MAX_RESTORE_FILE_BYTES / 1024 / 1024} MB).`,
      );
    }
    fs.writeFileSync(file, bytes);
  };

  function storedFile(name: string): string {
    const file = path.join(ctx.layout.backupDir, path.basename(name));
    if (!fs.existsSync(file))
      throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu “${name}” (có thể đã bị xóa).`);
    return file;
  }

  function restore(shownName: string, file: string): RestoreReport {
    const { checked, previous } = host.replaceData(file, shownName);
    const { db } = ready();
    return {
      fileName: shownName,
      date: backupDateOf(checked, shownName),
      counts: backupFacts(db).counts,
      schemaVersion: { backup: checked.schemaVersion, now: schemaVersion(db) },
      previousData: previous,
    };
  }

  const restoreStored = (name: string): RestoreReport => {
    const source = storedFile(name);
    return withCandidate(
      (file) => fs.copyFileSync(source, file),
      (file) => restore(name, file),
    );
  };

  function recoveryStatus(): RecoveryStatus {
    const state = host.state();
    if (state.mode !== 'recovery') return { state: 'ready' };
    const newest = verified.newest();
    const now = ctx.clock.now().getTime();
    return {
      state: 'recovery',
      problem: state.problem,
      detectedAt: state.detectedAt,
      message: PROBLEM_MESSAGES[state.problem],
      movedTo: state.movedTo,
      latestBackup:
        newest === null
          ? null
          : {
              ...toStoredBackup(newest.backup),
              ageMs: Math.max(0, now - newest.backup.at.getTime()),
              ageText: describeAge(Math.max(0, now - newest.backup.at.getTime())),
              date: backupDateOf(newest.checked, newest.backup.name),
              counts: newest.checked.counts,
            },
      backups: listLocalBackups(ctx.layout.backupDir).map(toStoredBackup),
    };
  }

  return {
    overview() {
      const state = host.state();
      return {
        folder: ctx.layout.backupDir,
        backups: listLocalBackups(ctx.layout.backupDir).map(toStoredBackup),
        retention:
          state.mode === 'ready'
            ? state.services.settings.get().backupRetention
            : DEFAULT_SETTINGS.backupRetention,
        lastAutoAt: newestAutoBackup(ctx)?.at.toISOString() ?? null,
        lastFailure: host.lastAutoFailure(),
      };
    },

    createBackup(): StoredBackup {
      const { db, services } = ready();
      try {
        return makeLocalBackup(db, 'manual', services.settings.get().backupRetention, ctx);
      } catch (cause) {
        throw new AppError(
          'INTERNAL',
          'Không tạo được bản sao lưu. Ổ đĩa có thể đã đầy; chi tiết được ghi trong nhật ký.',
          { cause },
        );
      }
    },

    exportTo(folder) {
      const { db, services } = ready();
      const now = ctx.clock.now();
      const ward = services.settings.get().wardName;
      try {
        removePartials(folder);
        const name = freeName(
          (copy) => exportFileName(ward, now, copy),
          (n) => fs.existsSync(path.join(folder, n)),
        );
        const written = writeVerifiedCopy(db, folder, name, ctx.latestVersion);
        ctx.log.info(`Exported backup ${written.file} (${written.sizeBytes} bytes)`);
        return {
          fileName: name,
          file: written.file,
          sizeBytes: written.sizeBytes,
          createdAt: now.toISOString(),
        };
      } catch (cause) {
        throw new AppError(
          'INTERNAL',
          `Không ghi được bản sao lưu vào thư mục “${folder}”. USB có thể đã đầy, bị khóa chống ghi hoặc đã bị rút ra; hãy kiểm tra rồi thử lại.`,
          { cause },
        );
      }
    },

    inspect(upload) {
      return withCandidate(writeUpload(upload), (file) => {
        const checked = checkBackupFile(file, {
          shownName: upload.fileName,
          latestVersion: ctx.latestVersion,
          privateCopy: true,
        });
        return {
          fileName: upload.fileName,
          sizeBytes: fs.statSync(file).size,
          schemaVersion: checked.schemaVersion,
          needsUpgrade: checked.schemaVersion < ctx.latestVersion,
          date: backupDateOf(checked, upload.fileName),
          counts: checked.counts,
        };
      });
    },

    restoreUpload: (upload) => withCandidate(writeUpload(upload), (file) => restore(upload.fileName, file)),

    restoreStored,

    recoveryStatus,

    restoreLatest() {
      if (host.state().mode !== 'recovery') {
        throw new AppError('CONFLICT', 'Dữ liệu đang dùng bình thường, không cần khôi phục.');
      }
      const newest = verified.newest();
      if (newest === null) {
        throw new AppError(
          'NOT_FOUND',
          'Không có bản sao lưu nào dùng được trên máy này. Hãy khôi phục từ một tệp sao lưu khác (ví dụ trên USB).',
        );
      }
      return restoreStored(newest.backup.name);
    },

    startEmpty() {
      host.startEmpty();
      return recoveryStatus();
    },
  };
}
