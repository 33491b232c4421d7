import path from 'node:path';
import type { StartupNotice } from '../../../shared/api/app';
import type { SettledSwap } from './swap';

const CUT_OFF = 'bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng)';

/**
 * What the officer reads at start-up about a restore cut off at the last run (see settlePendingSwap):
 * what the data now are and where the files set aside are kept. Folders are named inside the data
 * folder (`backups/replaced-…`, `damaged/…`), as the history note does.
 */
export function swapNotice(settled: SettledSwap, at: string, dataDir: string): StartupNotice {
  if (settled.outcome === 'unreadable') {
    const keptIn = path.relative(dataDir, settled.keptIn) || settled.keptIn;
    return {
      kind: 'restore-intent-unreadable',
      title: 'Không đọc được ghi chép của lần khôi phục dữ liệu trước',
      message:
        `Lần chạy trước có một lần khôi phục dữ liệu ${CUT_OFF}, nhưng ghi chép về việc khôi phục đó không đọc được. ` +
        'Thư mục dữ liệu được mở như hiện có, ứng dụng không thay đổi tệp nào. ' +
        `Ghi chép không đọc được được giữ trong thư mục ${keptIn} (trong thư mục dữ liệu). ` +
        'Hãy kiểm tra lại dữ liệu; nếu chưa đúng, hãy khôi phục lại từ bản sao lưu trong mục Dữ liệu.',
      at,
    };
  }
  const from = `tệp “${settled.shownName}”`;
  if (settled.outcome === 'completed') {
    const kept = settled.setAside
      ? ` Dữ liệu trước khi khôi phục được giữ trong thư mục ${settled.setAside} (trong thư mục dữ liệu).`
      : '';
    return {
      kind: 'restore-completed',
      title: 'Đã hoàn tất việc khôi phục dữ liệu bị gián đoạn',
      message:
        `Lần chạy trước, việc khôi phục dữ liệu từ ${from} ${CUT_OFF}. ` +
        `Ứng dụng đã hoàn tất việc khôi phục khi mở lại: dữ liệu đang dùng là dữ liệu từ ${from}.${kept}`,
      at,
    };
  }
  return {
    kind: 'restore-rolled-back',
    title: 'Việc khôi phục dữ liệu bị gián đoạn đã được hủy',
    message:
      `Lần chạy trước, việc khôi phục dữ liệu từ ${from} ${CUT_OFF} và không hoàn tất được an toàn nên đã được hủy: ` +
      'dữ liệu đang dùng vẫn như trước khi khôi phục. ' +
      `Nếu vẫn cần, hãy khôi phục lại từ ${from} trong mục Dữ liệu.`,
    at,
  };
}

/** The start-up notice for the whole run: it outlives the services a restore rebuilds. */
export interface StartupNoticeKeeper {
  /** The notice not yet dismissed, or null. */
  current(): StartupNotice | null;
  /** Keeps the notice found at start-up. */
  post(notice: StartupNotice): void;
  /** The officer has read it: gone for the rest of the run. False when there was none. */
  dismiss(): boolean;
}

export function createStartupNoticeKeeper(): StartupNoticeKeeper {
  let notice: StartupNotice | null = null;
  return {
    current: () => notice,
    post: (next) => {
      notice = next;
    },
    dismiss: () => {
      const had = notice !== null;
      notice = null;
      return had;
    },
  };
}
