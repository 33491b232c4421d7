import type { StaffCategory } from '../../../../shared/domain/registry';
import type { RoleProfile } from './institutions';

/** A position (chức vụ; null when the register has none) and the staff category it implies. */
export type Role = readonly [position: string | null, category: StaffCategory];

export interface RoleSet {
  /** Filled first, one person each, in this order (heads and deputies). */
  leaders: readonly Role[];
  /** Everyone else: drawn with these weights. */
  staff: readonly (readonly [Role, number])[];
  /** Share of women among the staff (leaders lean male, as in real lists). */
  female: number;
}

const cs = (position: string): Role => [position, 'civil_servant'];
const dw = (position: string | null): Role => [position, 'direct_worker'];
const dl = (position: string): Role => [position, 'dept_leader'];
const wl = (position: string): Role => [position, 'ward_leader'];

const OFFICE_STAFF: RoleSet['staff'] = [
  [cs('Chuyên viên'), 60],
  [cs('Công chức'), 25],
  [dw('Nhân viên văn thư'), 6],
  [dw('Lái xe'), 4],
  [dw('Nhân viên bảo vệ'), 5],
];

const ASSOCIATION_STAFF: RoleSet['staff'] = [
  [cs('Cán bộ chuyên trách'), 30],
  [['Ủy viên Ban Chấp hành', 'citizen'], 40],
  [['Hội viên', 'citizen'], 30],
];

/**
 * Positions by kind of unit. Ward leaders are the chairs of the committee, council and party; heads
 * of offices, schools and associations are department-level leaders; workers of enterprises and
 * the service staff are "người trực tiếp lao động", which the yearly statistics count apart.
 */
export const ROLES: Record<RoleProfile, RoleSet> = {
  ward_committee: {
    leaders: [wl('Chủ tịch UBND phường'), wl('Phó Chủ tịch UBND phường'), wl('Phó Chủ tịch UBND phường')],
    staff: [[cs('Chuyên viên'), 1]],
    female: 0.4,
  },
  party_committee: {
    leaders: [wl('Bí thư Đảng ủy phường'), wl('Phó Bí thư Thường trực Đảng ủy'), wl('Phó Bí thư Đảng ủy')],
    staff: [
      [cs('Chuyên viên'), 3],
      [dl('Ủy viên Ban Thường vụ'), 1],
    ],
    female: 0.45,
  },
  council: {
    leaders: [wl('Chủ tịch HĐND phường'), wl('Phó Chủ tịch HĐND phường')],
    staff: [
      [dl('Trưởng ban Kinh tế - Xã hội'), 1],
      [dl('Trưởng ban Pháp chế'), 1],
      [cs('Chuyên viên'), 2],
    ],
    female: 0.45,
  },
  office: { leaders: [dl('Trưởng phòng'), dl('Phó Trưởng phòng')], staff: OFFICE_STAFF, female: 0.5 },
  front: {
    leaders: [wl('Chủ tịch Ủy ban MTTQ phường'), dl('Phó Chủ tịch Ủy ban MTTQ phường')],
    staff: ASSOCIATION_STAFF,
    female: 0.5,
  },
  association: {
    leaders: [dl('Chủ tịch Hội'), dl('Phó Chủ tịch Hội')],
    staff: ASSOCIATION_STAFF,
    female: 0.55,
  },
  service: {
    leaders: [dl('Giám đốc'), dl('Phó Giám đốc')],
    staff: [
      [cs('Viên chức'), 60],
      [dw('Nhân viên'), 30],
      [dw('Nhân viên bảo vệ'), 10],
    ],
    female: 0.55,
  },
  police: {
    leaders: [dl('Trưởng Công an phường'), dl('Phó Trưởng Công an phường'), dl('Phó Trưởng Công an phường')],
    staff: [
      [cs('Cán bộ'), 70],
      [cs('Cảnh sát khu vực'), 30],
    ],
    female: 0.15,
  },
  preschool: {
    leaders: [dl('Hiệu trưởng'), dl('Phó Hiệu trưởng')],
    staff: [
      [cs('Giáo viên'), 75],
      [cs('Kế toán'), 3],
      [dw('Nhân viên cấp dưỡng'), 14],
      [dw('Nhân viên bảo vệ'), 4],
      [cs('Nhân viên y tế'), 4],
    ],
    female: 0.93,
  },
  school: {
    leaders: [dl('Hiệu trưởng'), dl('Phó Hiệu trưởng'), dl('Phó Hiệu trưởng')],
    staff: [
      [cs('Giáo viên'), 80],
      [cs('Tổ trưởng chuyên môn'), 6],
      [cs('Kế toán'), 3],
      [cs('Nhân viên thư viện'), 3],
      [dw('Nhân viên bảo vệ'), 5],
      [dw('Nhân viên phục vụ'), 3],
    ],
    female: 0.75,
  },
  health: {
    leaders: [dl('Trạm trưởng'), dl('Phó Trạm trưởng')],
    staff: [
      [cs('Bác sĩ'), 25],
      [cs('Y sĩ'), 25],
      [cs('Điều dưỡng'), 25],
      [cs('Hộ sinh'), 10],
      [cs('Dược sĩ'), 8],
      [dw('Hộ lý'), 7],
    ],
    female: 0.7,
  },
  residential: {
    leaders: [
      ['Tổ trưởng tổ dân phố', 'citizen'],
      ['Bí thư chi bộ', 'citizen'],
      ['Trưởng ban công tác Mặt trận', 'citizen'],
      ['Chi hội trưởng Phụ nữ', 'citizen'],
    ],
    staff: [
      [[null, 'citizen'], 700],
      [dw(null), 60],
      [dw('Công nhân'), 35],
      [dw('Tiểu thương'), 30],
      [dw('Lao động tự do'), 30],
      [dw('Thợ may'), 5],
      [['Chủ hộ kinh doanh', 'entrepreneur'], 25],
      [cs('Cán bộ hưu trí'), 8],
    ],
    female: 0.52,
  },
  enterprise: {
    leaders: [['Giám đốc', 'entrepreneur'], ['Phó Giám đốc', 'entrepreneur'], dw('Kế toán trưởng')],
    staff: [
      [dw('Công nhân'), 60],
      [dw('Nhân viên kinh doanh'), 10],
      [dw('Kỹ thuật viên'), 8],
      [dw('Tổ trưởng sản xuất'), 5],
      [dw('Lái xe'), 5],
      [dw('Nhân viên văn phòng'), 10],
      [dw('Trưởng phòng Kinh doanh'), 2],
    ],
    female: 0.45,
  },
  cooperative: {
    leaders: [
      ['Giám đốc Hợp tác xã', 'entrepreneur'],
      ['Phó Giám đốc Hợp tác xã', 'entrepreneur'],
    ],
    staff: [
      [dw('Xã viên'), 80],
      [dw('Kế toán'), 5],
      [dw('Công nhân'), 15],
    ],
    female: 0.5,
  },
};
