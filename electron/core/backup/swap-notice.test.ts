import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStartupNoticeKeeper, swapNotice } from './swap-notice';

const DATA = path.join(path.sep, 'tdkt', 'data');
const AT = '2026-11-26T09:00:00.000Z';
const REPLACED = path.join('backups', 'replaced-20261126-160000');

describe('the start-up notice of a restore cut off at the last run', () => {
  it('says which file was restored and where the previous data were kept when it was finished', () => {
    expect(
      swapNotice(
        { outcome: 'completed', shownName: 'sao-luu-thang-11.sqlite', setAside: REPLACED },
        AT,
        DATA,
      ),
    ).toEqual({
      kind: 'restore-completed',
      title: 'Đã hoàn tất việc khôi phục dữ liệu bị gián đoạn',
      message:
        'Lần chạy trước, việc khôi phục dữ liệu từ tệp “sao-luu-thang-11.sqlite” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng). ' +
        'Ứng dụng đã hoàn tất việc khôi phục khi mở lại: dữ liệu đang dùng là dữ liệu từ tệp “sao-luu-thang-11.sqlite”. ' +
        `Dữ liệu trước khi khôi phục được giữ trong thư mục ${REPLACED} (trong thư mục dữ liệu).`,
      at: AT,
    });
  });

  it('names no folder of previous data when there were none (a restore into an empty folder)', () => {
    const notice = swapNotice({ outcome: 'completed', shownName: 'a.sqlite', setAside: null }, AT, DATA);
    expect(notice.message).toBe(
      'Lần chạy trước, việc khôi phục dữ liệu từ tệp “a.sqlite” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng). ' +
        'Ứng dụng đã hoàn tất việc khôi phục khi mở lại: dữ liệu đang dùng là dữ liệu từ tệp “a.sqlite”.',
    );
  });

  it('says the data are as before and the restore may be tried again when it was undone', () => {
    expect(
      swapNotice(
        {
          outcome: 'rolled-back',
          shownName: 'usb.sqlite',
          reason: 'the incoming file is not the one that was checked',
        },
        AT,
        DATA,
      ),
    ).toEqual({
      kind: 'restore-rolled-back',
      title: 'Việc khôi phục dữ liệu bị gián đoạn đã được hủy',
      message:
        'Lần chạy trước, việc khôi phục dữ liệu từ tệp “usb.sqlite” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng) ' +
        'và không hoàn tất được an toàn nên đã được hủy: dữ liệu đang dùng vẫn như trước khi khôi phục. ' +
        'Nếu vẫn cần, hãy khôi phục lại từ tệp “usb.sqlite” trong mục Dữ liệu.',
      at: AT,
    });
  });

  it('says the folder opened as it was and names the damaged/ folder keeping the unreadable record', () => {
    const keptIn = path.join(DATA, 'damaged', '20261126-160000-restore-intent');
    expect(swapNotice({ outcome: 'unreadable', keptIn }, AT, DATA)).toEqual({
      kind: 'restore-intent-unreadable',
      title: 'Không đọc được ghi chép của lần khôi phục dữ liệu trước',
      message:
        'Lần chạy trước có một lần khôi phục dữ liệu bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng), ' +
        'nhưng ghi chép về việc khôi phục đó không đọc được. ' +
        'Thư mục dữ liệu được mở như hiện có, ứng dụng không thay đổi tệp nào. ' +
        `Ghi chép không đọc được được giữ trong thư mục ${path.join('damaged', '20261126-160000-restore-intent')} (trong thư mục dữ liệu). ` +
        'Hãy kiểm tra lại dữ liệu; nếu chưa đúng, hãy khôi phục lại từ bản sao lưu trong mục Dữ liệu.',
      at: AT,
    });
  });

  it('is kept until dismissed, once', () => {
    const keeper = createStartupNoticeKeeper();
    expect(keeper.current()).toBeNull();
    expect(keeper.dismiss()).toBe(false);
    const notice = swapNotice({ outcome: 'completed', shownName: 'a.sqlite', setAside: null }, AT, DATA);
    keeper.post(notice);
    expect(keeper.current()).toEqual(notice);
    expect(keeper.current()).toEqual(notice);
    expect(keeper.dismiss()).toBe(true);
    expect(keeper.current()).toBeNull();
    expect(keeper.dismiss()).toBe(false);
  });
});
