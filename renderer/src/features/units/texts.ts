import { formatDate } from '../../../../shared/rules/dates';
import { formatNumberVi } from '../../../../shared/rules/money';

const quoted = (name: string) => `“${name}”`;

export const unitsTexts = {
  lead: 'Cơ quan, đoàn thể, trường học, tổ dân phố… của phường, với đơn vị cấp trên và cụm, khối thi đua.',
  loading: 'Đang đọc danh sách đơn vị…',
  loadFailed: 'Không đọc được danh sách đơn vị',
  retry: 'Thử lại',

  tabsLabel: 'Các phần của mục Đơn vị',
  tabList: 'Danh sách đơn vị',
  tabClusters: 'Cụm, khối thi đua',
  tabTrash: 'Thùng rác',

  // Toolbar
  toolbarLabel: 'Tìm và lọc đơn vị',
  search: 'Tìm đơn vị',
  searchPlaceholder: 'Gõ tên, không cần dấu',
  clearSearch: 'Xóa nội dung tìm',
  kindFilter: 'Loại đơn vị',
  anyKind: 'Tất cả các loại',
  clusterFilter: 'Cụm, khối thi đua',
  anyCluster: 'Tất cả cụm, khối',
  statusFilter: 'Trạng thái',
  status: { active: 'Đang hoạt động', inactive: 'Ngừng hoạt động', all: 'Tất cả' },
  viewLabel: 'Cách hiển thị',
  viewTree: 'Dạng cây',
  viewTable: 'Dạng bảng',
  add: 'Thêm đơn vị',
  count: (n: number) => `${formatNumberVi(n)} đơn vị`,
  expandAll: 'Mở rộng tất cả',
  collapseAll: 'Thu gọn tất cả',

  // List and tree
  treeLabel: 'Cây đơn vị',
  tableLabel: 'Bảng đơn vị',
  colName: 'Tên đơn vị',
  colKind: 'Loại',
  colClusters: 'Cụm, khối',
  colPeople: 'Số người',
  colStatus: 'Trạng thái',
  colActions: 'Thao tác',
  people: (n: number) => `${formatNumberVi(n)} người`,
  active: 'Đang hoạt động',
  inactiveSince: (iso: string | null) => (iso ? `Ngừng từ ${formatDate(iso)}` : 'Ngừng hoạt động'),
  expand: (name: string) => `Mở rộng ${name}`,
  collapse: (name: string) => `Thu gọn ${name}`,
  actionsOf: (name: string) => `Thao tác với ${name}`,
  emptyNoUnits: 'Chưa có đơn vị nào đang hoạt động. Bấm “Thêm đơn vị” để thêm.',
  emptyNoMatch: 'Không có đơn vị nào khớp với điều kiện tìm, lọc.',
  none: '—',

  // Actions
  view: 'Xem chi tiết',
  edit: 'Sửa',
  deactivate: 'Cho ngừng hoạt động',
  reactivate: 'Cho hoạt động lại',
  delete: 'Xóa',
  restore: 'Khôi phục',
  cancel: 'Hủy',
  close: 'Đóng',

  // Form
  addTitle: 'Thêm đơn vị',
  editTitle: (name: string) => `Sửa đơn vị ${quoted(name)}`,
  name: 'Tên đơn vị',
  shortName: 'Tên viết tắt',
  kind: 'Loại đơn vị',
  kindPlaceholder: 'Chọn loại đơn vị',
  parent: 'Đơn vị cấp trên',
  parentPlaceholder: 'Không có (đơn vị cấp phường)',
  parentHint: 'Gõ vài chữ của tên để tìm.',
  clusters: 'Cụm, khối thi đua',
  clustersPlaceholder: 'Chọn cụm, khối',
  noClusters: 'Chưa có cụm, khối thi đua nào (tạo ở thẻ “Cụm, khối thi đua”).',
  contactPerson: 'Người liên hệ',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
  activeFrom: 'Ngày bắt đầu hoạt động',
  note: 'Ghi chú',
  datePlaceholder: 'dd/mm/yyyy',
  nothingFound: 'Không tìm thấy',
  inactiveOption: (name: string) => `${name} (đã ngừng hoạt động)`,
  save: 'Lưu',
  created: (name: string) => `Đã thêm đơn vị ${quoted(name)}.`,
  saved: (name: string) => `Đã lưu đơn vị ${quoted(name)}.`,
  saveFailedTitle: 'Chưa lưu được đơn vị',
  openFailed: 'Không mở được đơn vị',

  // Deactivate
  deactivateTitle: (name: string) => `Cho ngừng hoạt động: ${name}`,
  deactivateExplain:
    'Đơn vị vẫn được giữ trong lịch sử: các khen thưởng và hồ sơ liên quan không bị xóa, chỉ không còn hiện trong danh sách đơn vị đang hoạt động.',
  activeTo: 'Ngày ngừng hoạt động',
  activeToRequired: 'Vui lòng nhập ngày ngừng hoạt động.',
  successor: 'Đơn vị tiếp nhận',
  successorHint: 'Khi sáp nhập: đơn vị tiếp nhận nhiệm vụ, hồ sơ của đơn vị này (không bắt buộc).',
  successorPlaceholder: 'Không có',
  reason: 'Lý do',
  reasonPlaceholder: 'Ví dụ: sáp nhập theo Nghị quyết…',
  deactivateConfirm: 'Cho ngừng hoạt động',
  deactivated: (name: string) => `Đã cho đơn vị ${quoted(name)} ngừng hoạt động.`,
  reactivated: (name: string) => `Đơn vị ${quoted(name)} đã hoạt động trở lại.`,
  actionFailedTitle: 'Chưa thực hiện được',

  // Delete
  deleteTitle: (name: string) => `Xóa đơn vị ${quoted(name)}?`,
  deleteExplain: 'Đơn vị sẽ được chuyển vào Thùng rác và có thể khôi phục lại.',
  deleteConfirm: 'Xóa',
  deleteRefusedTitle: 'Không xóa được đơn vị này',
  deleteRefusedHint:
    'Đơn vị đã có dữ liệu liên quan nên được giữ lại trong lịch sử. Bạn có thể cho đơn vị ngừng hoạt động.',
  deleted: (name: string) => `Đã chuyển đơn vị ${quoted(name)} vào Thùng rác.`,
  restored: (name: string) => `Đã khôi phục đơn vị ${quoted(name)}.`,

  // Trash
  trashLead: 'Các đơn vị đã xóa. Khôi phục để đưa đơn vị trở lại danh sách.',
  trashEmpty: 'Thùng rác trống.',
  trashLabel: 'Đơn vị trong thùng rác',
  colDeletedAt: 'Ngày xóa',
  restoreOf: (name: string) => `Khôi phục ${name}`,

  // Detail
  backToList: 'Danh sách đơn vị',
  detailLoadingTitle: 'Đơn vị',
  detailLoading: 'Đang đọc thông tin đơn vị…',
  detailLoadFailed: 'Không đọc được thông tin đơn vị',
  notFoundTitle: 'Không tìm thấy đơn vị',
  infoTitle: 'Thông tin chung',
  inactiveBanner: (iso: string | null) =>
    iso ? `Đơn vị ngừng hoạt động từ ngày ${formatDate(iso)}.` : 'Đơn vị đã ngừng hoạt động.',
  successorIs: 'Đơn vị tiếp nhận:',
  trashedBanner: 'Đơn vị này đang ở Thùng rác.',
  activeTo_: 'Ngày ngừng hoạt động',
  childrenTitle: 'Đơn vị trực thuộc',
  childrenEmpty: 'Không có đơn vị trực thuộc.',
  peopleTitle: 'Cá nhân thuộc đơn vị',
  peopleLoading: 'Đang đọc danh sách cá nhân…',
  peopleEmpty: 'Chưa có cá nhân nào thuộc đơn vị này.',
  peopleShown: (shown: number, total: number) =>
    shown < total
      ? `Hiện ${formatNumberVi(shown)} trên tổng số ${formatNumberVi(total)} người.`
      : `Tổng số ${formatNumberVi(total)} người.`,
  peopleLoadFailed: 'Không đọc được danh sách cá nhân của đơn vị.',
  colPersonName: 'Họ và tên',
  colPosition: 'Chức vụ',
  colStaffCategory: 'Đối tượng',
  householdsTitle: 'Hộ gia đình',
  households: (n: number) =>
    n === 0
      ? 'Chưa có hộ gia đình nào thuộc đơn vị này.'
      : `${formatNumberVi(n)} hộ gia đình thuộc đơn vị này.`,
  awardsTitle: 'Khen thưởng',
  awardsNotYet:
    'Các danh hiệu thi đua và hình thức khen thưởng của đơn vị sẽ hiện ở đây khi phần Khen thưởng của ứng dụng hoàn thành.',
};
