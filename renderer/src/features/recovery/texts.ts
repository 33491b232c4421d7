export const recoveryTexts = {
  title: 'Cần khôi phục dữ liệu',
  restoredTitle: 'Đã khôi phục dữ liệu',
  checking: 'Đang kiểm tra dữ liệu…',
  problemTitle: {
    damaged: 'Tệp dữ liệu bị hỏng',
    missing: 'Không tìm thấy tệp dữ liệu',
    'restore-failed': 'Lần khôi phục trước không hoàn tất',
  },
  movedTo: (folder: string) => `Thư mục giữ tệp bị hỏng: ${folder}`,
  detectedAt: (when: string) => `Phát hiện lúc ${when}.`,
  latestTitle: 'Bản sao lưu mới nhất dùng được',
  latestWhen: (when: string, age: string) => `${when} (${age})`,
  made: 'Thời điểm sao lưu',
  reason: 'Lý do sao lưu',
  dataDate: 'Dữ liệu tính đến',
  contents: 'Nội dung',
  size: 'Kích thước',
  restoreLatest: 'Khôi phục bản sao lưu này',
  noBackup:
    'Không có bản sao lưu nào dùng được trên máy này. Nếu có tệp sao lưu ở nơi khác (ví dụ ổ USB), hãy khôi phục từ tệp đó.',
  otherTitle: 'Cách khác',
  pickFile: 'Khôi phục từ tệp khác…',
  otherBackups: (n: number) => `Các bản sao lưu khác trên máy (${n})`,
  startEmpty: 'Bắt đầu với dữ liệu trống',
  startEmptyTitle: 'Bắt đầu với dữ liệu trống?',
  startEmptyText: (movedTo: string | null) =>
    `Ứng dụng sẽ mở với dữ liệu trống. ${
      movedTo
        ? `Tệp dữ liệu bị hỏng vẫn được giữ nguyên ở ${movedTo}`
        : 'Tệp dữ liệu cũ (nếu có) vẫn được giữ nguyên'
    } và các bản sao lưu trên máy không bị xóa: sau này vẫn có thể khôi phục trong mục Dữ liệu.`,
  startEmptyConfirm: 'Bắt đầu với dữ liệu trống',
  startedEmpty: 'Đã bắt đầu với dữ liệu trống.',
  startEmptyFailed: 'Chưa bắt đầu được với dữ liệu trống',
  cancel: 'Hủy',
  resultContinue: 'Vào ứng dụng',
};
