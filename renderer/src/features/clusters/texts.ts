import { formatNumberVi } from '../../../../shared/rules/money';

const quoted = (name: string) => `“${name}”`;

export const clustersTexts = {
  title: 'Cụm, khối thi đua',
  lead: 'Các đơn vị cùng cụm hoặc khối thi đua đăng ký, chấm điểm và bình xét với nhau.',
  loading: 'Đang đọc danh sách cụm, khối…',
  loadFailed: 'Không đọc được danh sách cụm, khối thi đua',
  retry: 'Thử lại',
  empty: 'Chưa có cụm, khối thi đua nào. Bấm “Thêm cụm, khối” để tạo.',
  add: 'Thêm cụm, khối',
  listLabel: 'Danh sách cụm, khối thi đua',
  members: (n: number) => (n === 0 ? 'Chưa có đơn vị nào' : `${formatNumberVi(n)} đơn vị`),
  membersOf: (name: string) => `Đơn vị thuộc ${name}`,
  noMembers: 'Chưa có đơn vị nào trong cụm, khối này.',

  edit: 'Sửa tên, loại',
  editOf: (name: string) => `Sửa tên, loại của ${name}`,
  assign: 'Chọn đơn vị',
  assignOf: (name: string) => `Chọn đơn vị cho ${name}`,
  delete: 'Xóa',
  deleteOf: (name: string) => `Xóa ${name}`,
  cancel: 'Hủy',
  save: 'Lưu',

  addTitle: 'Thêm cụm, khối thi đua',
  editTitle: (name: string) => `Sửa ${quoted(name)}`,
  name: 'Tên cụm, khối',
  namePlaceholder: 'Ví dụ: Cụm thi đua số 1',
  kind: 'Cụm hay khối',
  note: 'Ghi chú',
  created: (name: string) => `Đã thêm ${quoted(name)}.`,
  saved: (name: string) => `Đã lưu ${quoted(name)}.`,
  saveFailedTitle: 'Chưa lưu được',

  assignTitle: (name: string) => `Đơn vị thuộc ${quoted(name)}`,
  assignField: 'Đơn vị',
  assignHint: 'Gõ vài chữ của tên để tìm; chỉ các đơn vị đang hoạt động.',
  assignPlaceholder: 'Chọn đơn vị',
  nothingFound: 'Không tìm thấy',
  unitsLoading: 'Đang đọc danh sách đơn vị…',
  membersSaved: (name: string, n: number) => `Đã lưu ${formatNumberVi(n)} đơn vị thuộc ${quoted(name)}.`,

  deleteTitle: (name: string) => `Xóa ${quoted(name)}?`,
  deleteExplain: 'Các đơn vị trong cụm, khối này vẫn được giữ nguyên, chỉ không còn thuộc cụm, khối này nữa.',
  deleteConfirm: 'Xóa',
  deleted: (name: string) => `Đã xóa ${quoted(name)}.`,
  deleteFailedTitle: 'Không xóa được',
};
