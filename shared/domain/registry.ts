/** Codes stored in the database for the registry, with the Vietnamese labels the UI and exports show. */

export const UNIT_KINDS = [
  'party_gov',
  'mass_org',
  'public_service',
  'school',
  'health_station',
  'residential_group',
  'enterprise',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  party_gov: 'Cơ quan Đảng, chính quyền',
  mass_org: 'Đoàn thể',
  public_service: 'Đơn vị sự nghiệp',
  school: 'Trường học',
  health_station: 'Trạm y tế',
  residential_group: 'Tổ dân phố',
  enterprise: 'Doanh nghiệp',
  other: 'Khác',
};

export const CLUSTER_KINDS = ['cluster', 'block'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = {
  cluster: 'Cụm thi đua',
  block: 'Khối thi đua',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };
/** How a certificate addresses the person. */
export const GENDER_SALUTATIONS: Record<Gender, string> = { male: 'Ông', female: 'Bà' };

export const STAFF_CATEGORIES = [
  'ward_leader',
  'dept_leader',
  'civil_servant',
  'direct_worker',
  'entrepreneur',
  'citizen',
] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];
export const STAFF_CATEGORY_LABELS: Record<StaffCategory, string> = {
  ward_leader: 'Lãnh đạo cấp phường',
  dept_leader: 'Lãnh đạo phòng, ban',
  civil_servant: 'Công chức, viên chức',
  direct_worker: 'Người trực tiếp lao động, sản xuất, công tác',
  entrepreneur: 'Doanh nhân',
  citizen: 'Nhân dân',
};

/** Which records a list shows: the trash is a separate view. */
export const ACTIVITY_FILTERS = ['active', 'inactive', 'all'] as const;
export type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];

export const REGISTRY_KINDS = ['units', 'people', 'households'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];
export const REGISTRY_KIND_LABELS: Record<RegistryKind, string> = {
  units: 'Đơn vị',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
};
