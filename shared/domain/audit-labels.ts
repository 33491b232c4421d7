/**
 * Vietnamese words for the history (audit log) screen: what each stored entity, action and field is
 * called. Entities are table names (plus `settings` and `database`); fields are the keys the services
 * record in before/after (camelCase, nested settings keys dotted: `chairman.name`).
 */

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'correct',
  'sign',
  'cancel',
  'import',
  'other',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Thêm mới',
  update: 'Sửa',
  delete: 'Chuyển vào thùng rác',
  restore: 'Khôi phục',
  purge: 'Xóa vĩnh viễn',
  correct: 'Đính chính',
  sign: 'Ký ban hành',
  cancel: 'Hủy',
  import: 'Nhập dữ liệu',
  other: 'Khác',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  settings: 'Cài đặt',
  database: 'Toàn bộ dữ liệu',
  units: 'Đơn vị',
  clusters: 'Cụm, khối thi đua',
  cluster_members: 'Thành viên cụm, khối',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
  movements: 'Phong trào thi đua',
  movement_criteria: 'Tiêu chí phong trào',
  movement_units: 'Đơn vị tham gia phong trào',
  registrations: 'Đăng ký thi đua',
  registration_titles: 'Danh hiệu đăng ký',
  exemplary_models: 'Điển hình tiên tiến',
  model_stage_history: 'Giai đoạn của điển hình',
  award_catalogue: 'Danh mục danh hiệu, hình thức khen thưởng',
  base_salaries: 'Mức lương cơ sở',
  proposals: 'Đề nghị khen thưởng',
  proposal_candidates: 'Đối tượng được đề nghị',
  decisions: 'Quyết định khen thưởng',
  decision_corrections: 'Đính chính quyết định',
  awards: 'Khen thưởng',
  certificate_prints: 'Lần in Giấy khen',
  unit_reports: 'Báo cáo của đơn vị',
  yearly_reports: 'Báo cáo tổng kết năm',
  attachments: 'Tệp đính kèm',
};

/** The entity's label, or its stored name when none is known yet. */
export const auditEntityLabel = (entity: string): string => AUDIT_ENTITY_LABELS[entity] ?? entity;

/** Fields every table may record. */
const COMMON_FIELDS: Record<string, string> = {
  note: 'Ghi chú',
  createdAt: 'Ngày tạo',
  updatedAt: 'Ngày sửa',
  deletedAt: 'Ngày chuyển vào thùng rác',
  active: 'Đang hoạt động',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
};

export const AUDIT_FIELD_LABELS: Record<string, Record<string, string>> = {
  units: {
    name: 'Tên đơn vị',
    shortName: 'Tên viết tắt',
    kind: 'Loại đơn vị',
    parentId: 'Đơn vị cấp trên',
    successorId: 'Đơn vị tiếp nhận (sáp nhập vào)',
    contactPerson: 'Người liên hệ',
    activeFrom: 'Ngày bắt đầu hoạt động',
    activeTo: 'Ngày ngừng hoạt động',
    clusterIds: 'Cụm, khối thi đua',
  },
  clusters: {
    name: 'Tên cụm, khối',
    kind: 'Loại',
    unitIds: 'Đơn vị thành viên',
  },
  people: {
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    birthDate: 'Ngày sinh',
    birthYear: 'Năm sinh',
    unitId: 'Đơn vị',
    position: 'Chức vụ',
    staffCategory: 'Đối tượng',
    identityNumber: 'Số định danh cá nhân',
    active: 'Còn hoạt động, công tác',
  },
  households: {
    headName: 'Chủ hộ',
    residentialGroupUnitId: 'Tổ dân phố',
    memberCount: 'Số nhân khẩu',
  },
  award_catalogue: {
    name: 'Tên',
    kind: 'Loại',
    level: 'Cấp quyết định',
    allowsCollective: 'Tặng tập thể',
    allowsIndividual: 'Tặng cá nhân',
    allowsHousehold: 'Tặng hộ gia đình',
    collectivePermille: 'Hệ số tập thể (‰)',
    individualPermille: 'Hệ số cá nhân (‰)',
    householdPermille: 'Hệ số hộ gia đình (‰)',
    rank: 'Thứ bậc',
    active: 'Đang dùng',
    note: 'Ghi chú',
  },
  base_salaries: {
    effectiveFrom: 'Áp dụng từ ngày',
    amount: 'Mức lương cơ sở',
    note: 'Ghi chú',
  },
  decisions: {
    numberText: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    signer: 'Người ký',
    subject: 'Trích yếu',
    legalBases: 'Căn cứ',
    movementId: 'Phong trào',
    catalogueId: 'Danh hiệu, hình thức khen thưởng',
    achievementFrom: 'Thành tích từ ngày',
    achievementTo: 'Thành tích đến ngày',
    method: 'Hình thức khen',
    defaultAchievement: 'Thành tích chung',
    recipientOrder: 'Thứ tự danh sách',
    status: 'Trạng thái',
    totalAmount: 'Tổng tiền thưởng',
    cancelReason: 'Lý do hủy',
    line: 'Dòng',
    addedLines: 'Thêm vào danh sách',
    removedLines: 'Xóa khỏi danh sách',
    positionUnit: 'Chức vụ, đơn vị',
    achievement: 'Thành tích',
  },
  proposals: {
    docNumber: 'Số tờ trình',
    docDate: 'Ngày tờ trình',
    fromUnitId: 'Đơn vị đề nghị',
    year: 'Năm',
    title: 'Trích yếu',
    receivedOn: 'Ngày nhận',
    movementId: 'Phong trào',
    status: 'Trạng thái',
    reviewedOn: 'Ngày Hội đồng xét',
  },
  exemplary_models: {
    subjectKind: 'Loại đối tượng',
    subjectId: 'Đối tượng',
    title: 'Tên điển hình',
    field: 'Lĩnh vực',
    movementId: 'Phong trào',
    description: 'Việc làm, thành tích',
    source: 'Nguồn phát hiện',
    discoveredOn: 'Ngày phát hiện',
    stage: 'Giai đoạn',
  },
  registrations: {
    movementId: 'Phong trào',
    movement: 'Phong trào',
    year: 'Năm',
    registrantKind: 'Loại đối tượng',
    registrant: 'Đối tượng đăng ký',
    titles: 'Danh hiệu đăng ký',
    commitments: 'Cam kết',
    status: 'Trạng thái',
    returnReason: 'Lý do trả lại',
    result: 'Kết quả',
    resultNote: 'Ghi chú kết quả',
  },
  movements: {
    name: 'Tên phong trào',
    theme: 'Chủ đề, khẩu hiệu',
    kind: 'Loại phong trào',
    scope: 'Phạm vi',
    scopeClusterId: 'Cụm, khối',
    scopeUnitId: 'Đơn vị',
    docNumber: 'Số văn bản phát động',
    docDate: 'Ngày văn bản',
    docSigner: 'Người ký',
    periodFromYear: 'Từ năm',
    periodToYear: 'Đến năm',
    startsOn: 'Ngày bắt đầu',
    endsOn: 'Ngày kết thúc',
    responsibleOffice: 'Cơ quan chủ trì',
    description: 'Nội dung',
    criteria: 'Tiêu chí',
    unitIds: 'Đơn vị tham gia',
    status: 'Trạng thái',
    closedAt: 'Ngày kết thúc phong trào',
    archivedAt: 'Ngày lưu trữ',
  },
  settings: {
    wardName: 'Tên phường',
    placeName: 'Địa danh ghi ngày tháng',
    city: 'Tỉnh/thành phố',
    chairman: 'Chủ tịch',
    'chairman.name': 'Chủ tịch – họ tên',
    'chairman.title': 'Chủ tịch – chức danh',
    viceChairmen: 'Các phó chủ tịch',
    decisionSuffix: 'Ký hiệu quyết định',
    unitReportDeadline: 'Hạn báo cáo của đơn vị',
    wardReportDeadline: 'Hạn báo cáo của phường',
    officerName: 'Tên cán bộ sử dụng máy',
    backupRetention: 'Giữ bản sao lưu',
    'backupRetention.daily': 'Số bản sao lưu giữ theo ngày',
    'backupRetention.weekly': 'Số bản sao lưu giữ theo tuần',
    'backupRetention.monthly': 'Số bản sao lưu giữ theo tháng',
    householdRounding: 'Cách làm tròn tiền thưởng hộ gia đình',
    defaultLegalBases: 'Căn cứ mặc định của quyết định',
    registerNumbering: 'Cách đánh số sổ vàng',
  },
};

/** The field's Vietnamese label; an unknown field keeps its stored name, so nothing is hidden. */
export function auditFieldLabel(entity: string, field: string): string {
  const own = AUDIT_FIELD_LABELS[entity];
  const label = own?.[field] ?? COMMON_FIELDS[field];
  if (label !== undefined) return label;
  const dot = field.lastIndexOf('.');
  if (dot > 0) return `${auditFieldLabel(entity, field.slice(0, dot))} – ${field.slice(dot + 1)}`;
  return field;
}
