import type { UnitKind } from '../../../../shared/domain/registry';
import { SCHOOLS_PRESCHOOL, SCHOOLS_PRIMARY, SCHOOLS_SECONDARY } from './places';

/** Which set of positions a unit's people get (see roles.ts). */
export type RoleProfile =
  | 'ward_committee'
  | 'party_committee'
  | 'council'
  | 'office'
  | 'front'
  | 'association'
  | 'service'
  | 'police'
  | 'preschool'
  | 'school'
  | 'health'
  | 'residential'
  | 'enterprise'
  | 'cooperative';

export interface InstitutionTemplate {
  name: string;
  shortName?: string;
  kind: UnitKind;
  /** Name of the parent template, listed earlier. */
  parent?: string;
  profile: RoleProfile;
  /** Staff size: [min, max] people. */
  staff: readonly [number, number];
  /** Part of the small ward too (the large ward has every template). */
  small: boolean;
}

const WARD = 'phường Lê Chân';

/**
 * The ward's own bodies after the 2025 reform: party committee, council and people's committee with
 * its offices, the Fatherland Front with the mass organisations under it, public services, police.
 */
const BODIES: InstitutionTemplate[] = [
  { name: `Đảng ủy ${WARD}`, kind: 'party_gov', profile: 'party_committee', staff: [6, 9], small: true },
  {
    name: `Ủy ban Kiểm tra Đảng ủy ${WARD}`,
    kind: 'party_gov',
    parent: `Đảng ủy ${WARD}`,
    profile: 'office',
    staff: [4, 6],
    small: false,
  },
  {
    name: `Ban Xây dựng Đảng ${WARD}`,
    kind: 'party_gov',
    parent: `Đảng ủy ${WARD}`,
    profile: 'office',
    staff: [5, 8],
    small: false,
  },
  {
    name: `Hội đồng nhân dân ${WARD}`,
    shortName: 'HĐND phường',
    kind: 'party_gov',
    profile: 'council',
    staff: [4, 6],
    small: false,
  },
  {
    name: `Ủy ban nhân dân ${WARD}`,
    shortName: 'UBND phường',
    kind: 'party_gov',
    profile: 'ward_committee',
    staff: [4, 6],
    small: true,
  },
  {
    name: 'Văn phòng HĐND và UBND phường',
    kind: 'party_gov',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'office',
    staff: [10, 16],
    small: true,
  },
  {
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    kind: 'party_gov',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'office',
    staff: [10, 15],
    small: true,
  },
  {
    name: 'Phòng Văn hóa - Xã hội',
    kind: 'party_gov',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'office',
    staff: [8, 12],
    small: true,
  },
  {
    name: 'Ban Chỉ huy Quân sự phường',
    kind: 'party_gov',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'office',
    staff: [5, 8],
    small: false,
  },
  {
    name: 'Trung tâm Phục vụ hành chính công phường',
    kind: 'public_service',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'service',
    staff: [12, 18],
    small: true,
  },
  {
    name: 'Trung tâm Văn hóa, Thông tin và Thể thao phường',
    kind: 'public_service',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'service',
    staff: [8, 14],
    small: false,
  },
  {
    name: 'Ban Quản lý chợ Hàng Kênh',
    kind: 'public_service',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'service',
    staff: [10, 20],
    small: false,
  },
  {
    name: `Trạm Y tế ${WARD}`,
    kind: 'health_station',
    parent: `Ủy ban nhân dân ${WARD}`,
    profile: 'health',
    staff: [14, 22],
    small: true,
  },
  { name: `Công an ${WARD}`, kind: 'other', profile: 'police', staff: [30, 50], small: true },
  {
    name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    shortName: 'MTTQ phường',
    kind: 'mass_org',
    profile: 'front',
    staff: [5, 8],
    small: true,
  },
  {
    name: 'Hội Liên hiệp Phụ nữ phường',
    kind: 'mass_org',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [6, 12],
    small: true,
  },
  {
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường',
    shortName: 'Đoàn Thanh niên',
    kind: 'mass_org',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [6, 12],
    small: true,
  },
  {
    name: 'Hội Cựu chiến binh phường',
    kind: 'mass_org',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [6, 12],
    small: true,
  },
  {
    name: 'Hội Nông dân phường',
    kind: 'mass_org',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [4, 8],
    small: false,
  },
  {
    name: 'Công đoàn cơ sở phường',
    kind: 'mass_org',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [4, 8],
    small: false,
  },
  {
    name: 'Hội Người cao tuổi phường',
    kind: 'other',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [8, 15],
    small: false,
  },
  {
    name: 'Hội Chữ thập đỏ phường',
    kind: 'other',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [5, 10],
    small: false,
  },
  {
    name: 'Hội Khuyến học phường',
    kind: 'other',
    parent: `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD}`,
    profile: 'association',
    staff: [5, 10],
    small: false,
  },
];

/** Public schools the ward runs (mầm non, tiểu học, THCS); the first of each level is in the small ward. */
const SCHOOLS: InstitutionTemplate[] = [
  ...SCHOOLS_PRESCHOOL.map((n, i) => school(`Trường Mầm non ${n}`, 'preschool', [25, 45], i === 0)),
  ...SCHOOLS_PRIMARY.map((n, i) => school(`Trường Tiểu học ${n}`, 'school', [40, 65], i === 0)),
  ...SCHOOLS_SECONDARY.map((n, i) => school(`Trường THCS ${n}`, 'school', [45, 70], i === 0)),
];

function school(
  name: string,
  profile: RoleProfile,
  staff: readonly [number, number],
  small: boolean,
): InstitutionTemplate {
  return { name, kind: 'school', profile, staff, small };
}

export const INSTITUTIONS: readonly InstitutionTemplate[] = [...BODIES, ...SCHOOLS];

/** Staff ranges in the small ward, where every body is a handful of people. */
export const SMALL_STAFF: Partial<Record<RoleProfile, readonly [number, number]>> = {
  police: [4, 6],
  preschool: [8, 12],
  school: [10, 14],
  health: [4, 6],
  service: [3, 5],
  office: [3, 5],
  association: [2, 4],
  party_committee: [3, 4],
  front: [2, 3],
};
