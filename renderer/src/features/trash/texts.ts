import { formatNumberVi } from '../../../../shared/rules/money';

export const trashTexts = {
  lead: 'Các bản ghi đã xóa nằm ở đây cho đến khi được khôi phục hoặc xóa vĩnh viễn.',
  kind: 'Loại dữ liệu',
  allKinds: 'Tất cả các loại',
  tableLabel: 'Các bản ghi trong thùng rác',
  colName: 'Tên',
  colKind: 'Loại',
  colDeletedAt: 'Ngày xóa',
  colActions: 'Thao tác',
  restore: 'Khôi phục',
  restoreOf: (name: string) => `Khôi phục ${name}`,
  restored: (name: string) => `Đã khôi phục ${name}.`,
  purge: 'Xóa vĩnh viễn',
  purgeOf: (name: string) => `Xóa vĩnh viễn ${name}`,
  purged: (name: string) => `Đã xóa vĩnh viễn ${name}.`,
  purgeTitle: 'Xóa vĩnh viễn?',
  purgeText: (kind: string, name: string) =>
    `${kind} “${name}” sẽ bị xóa vĩnh viễn khỏi dữ liệu. Thao tác này không thể hoàn tác. Chỉ xóa được khi không còn dữ liệu nào khác nhắc đến bản ghi này.`,
  cancel: 'Hủy',
  refusedTitle: 'Chưa thực hiện được',
  loading: 'Đang đọc thùng rác…',
  loadFailed: 'Không đọc được thùng rác',
  retry: 'Thử lại',
  empty: 'Thùng rác trống.',
  emptyKind: (kind: string) => `Không có ${kind.toLowerCase()} nào trong thùng rác.`,
  shown: (n: number, total: number) =>
    `Đang hiện ${formatNumberVi(n)} trong ${formatNumberVi(total)} bản ghi.`,
  more: 'Xem thêm',
};
