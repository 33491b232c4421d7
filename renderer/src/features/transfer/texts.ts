import type { RegistryKind } from '../../../../shared/domain/registry';
import { formatNumberVi } from '../../../../shared/rules/money';

const KIND_OBJECT: Record<RegistryKind, string> = {
  units: 'đơn vị',
  people: 'cá nhân',
  households: 'hộ gia đình',
};

export const transferTexts = {
  importButton: 'Nhập từ Excel',
  exportButton: 'Xuất Excel',
  exporting: 'Đang xuất tệp Excel…',
  saved: (location: string) => `Đã lưu: ${location}`,

  wizardTitle: (kind: RegistryKind) => `Nhập ${KIND_OBJECT[kind]} từ Excel`,
  close: 'Đóng',
  stepOf: (step: number) => `Bước ${step}/3`,
  pickTitle: 'Chọn tệp',
  previewTitle: 'Xem trước',
  summaryTitle: 'Kết quả',

  templateText: 'Tải tệp mẫu để có đúng các cột cần điền (tiêu đề tiếng Việt và một dòng ví dụ).',
  templateButton: 'Tải tệp mẫu',
  pickText: (maxMb: number) =>
    `Chọn tệp Excel (.xlsx) đã điền, tối đa ${maxMb} MB. Chưa có gì được lưu cho đến khi bạn xem trước và bấm “Nhập”.`,
  pickButton: 'Chọn tệp Excel…',
  pickOther: 'Chọn tệp khác',
  tooBig: (name: string, maxMb: number) =>
    `Tệp “${name}” lớn hơn ${maxMb} MB. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.`,
  readFailed: (fileName: string) => `Không đọc được tệp “${fileName}”`,
  reading: 'Đang đọc tệp…',
  importing: 'Đang nhập…',

  fileLine: (fileName: string, sheet: string, headerRow: number) =>
    `Tệp “${fileName}”, trang tính “${sheet}”, dòng tiêu đề ${headerRow}.`,
  counts: { ok: 'Hợp lệ', duplicate: 'Trùng', error: 'Lỗi' },
  tabs: {
    all: (n: number) => `Tất cả (${formatNumberVi(n)})`,
    error: (n: number) => `Lỗi (${formatNumberVi(n)})`,
    duplicate: (n: number) => `Trùng (${formatNumberVi(n)})`,
  },
  previewTable: 'Các dòng trong tệp',
  columns: { row: 'Dòng', status: 'Trạng thái', notes: 'Vấn đề và chỉnh sửa', outcome: 'Kết quả' },
  labelColumn: { units: 'Tên đơn vị', people: 'Họ và tên', households: 'Chủ hộ' } as Record<
    RegistryKind,
    string
  >,
  status: { ok: 'Hợp lệ', duplicate: 'Trùng', error: 'Lỗi' },
  duplicateOf: (label: string) => `Trùng với bản ghi đã có: ${label}`,
  noRows: 'Không có dòng nào trong mục này.',
  loadingRow: '…',

  defaultUnit: {
    people: {
      label: 'Đơn vị cho các dòng không khớp',
      description:
        'Dòng có ô đơn vị trống hoặc ghi tên không có trong phần mềm (như “Tổ 1”) được xếp vào đơn vị này; tên ghi trong tệp được giữ ở phần ghi chú.',
      none: 'Không xếp vào đơn vị nào',
    },
    households: {
      label: 'Tổ dân phố cho các dòng không khớp',
      description:
        'Dòng có ô tổ dân phố trống hoặc ghi tên không có trong phần mềm được xếp vào tổ này; tên ghi trong tệp được giữ ở phần ghi chú.',
      none: 'Không xếp vào tổ dân phố nào',
    },
  },

  duplicates: 'Bản ghi trùng',
  duplicatesHint: (kind: RegistryKind) =>
    `Các dòng “Trùng” có vẻ là ${KIND_OBJECT[kind]} đã có trong phần mềm (bản ghi đó ghi ở cột bên phải). Chọn cách xử lý chúng:`,
  skip: 'Bỏ qua bản ghi trùng',
  update: 'Cập nhật bản ghi đã có',
  commit: (n: number) => `Nhập ${formatNumberVi(n)} dòng`,
  nothingToImport: 'Không có dòng nào để nhập. Hãy sửa tệp rồi chọn lại.',
  onlyDuplicates: 'Các dòng hợp lệ đều trùng với bản ghi đã có: chọn “Cập nhật bản ghi đã có” để nhập chúng.',
  refusedLater: (n: number) => `${formatNumberVi(n)} dòng lỗi sẽ không được nhập.`,
  commitFailed: 'Chưa nhập được',

  summaryLead: (fileName: string) => `Đã nhập xong tệp “${fileName}”.`,
  outcomes: { imported: 'Đã nhập', updated: 'Đã cập nhật', skipped: 'Bỏ qua', refused: 'Từ chối' },
  saveSummary: 'Tải bản tổng hợp (.xlsx)',
  notImported: 'Các dòng không được nhập',
  summaryTable: 'Các dòng không được nhập',
  reason: 'Lý do',
  importAnother: 'Nhập tệp khác',
  done: 'Xong',
};
