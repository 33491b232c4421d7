import type { RegistryKind } from '../../../shared/domain/registry';
import { foldForMatch } from '../../../shared/rules/duplicates';

/** Every column an import understands, across the three kinds. */
export type FieldKey =
  | 'name'
  | 'shortName'
  | 'birth'
  | 'gender'
  | 'position'
  | 'unit'
  | 'staffCategory'
  | 'identityNumber'
  | 'phone'
  | 'address'
  | 'group'
  | 'unitKind'
  | 'parent'
  | 'contactPerson'
  | 'memberCount'
  | 'note'
  | 'stt'
  | 'achievement';

export interface FieldDef {
  key: FieldKey;
  /** What the preview calls the column; the template writes it as the header. */
  label: string;
  /** Other headers offices use for it (the label is always accepted). */
  aliases: string[];
  /** STT and achievements are recognised (they help find the table) but not stored in the registry. */
  imported: boolean;
}

const field = (key: FieldKey, label: string, aliases: string[] = [], imported = true): FieldDef => ({
  key,
  label,
  aliases,
  imported,
});

const STT = field('stt', 'STT', ['Số TT', 'Số thứ tự', 'TT'], false);
const ACHIEVEMENT = field('achievement', 'Thành tích', ['Tóm tắt thành tích', 'Thành tích đạt được'], false);
const PHONE = field('phone', 'Điện thoại', ['Số điện thoại', 'SĐT', 'Điện thoại liên hệ']);
const ADDRESS = field('address', 'Địa chỉ', [
  'Nơi ở',
  'Nơi ở hiện nay',
  'Địa chỉ thường trú',
  'Chỗ ở hiện nay',
]);
const NOTE = field('note', 'Ghi chú');

export const FIELDS: Record<RegistryKind, FieldDef[]> = {
  people: [
    STT,
    field('name', 'Họ và tên', ['Họ tên', 'Họ, tên', 'Họ và tên cá nhân']),
    field('birth', 'Ngày sinh', ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Năm sinh']),
    field('gender', 'Giới tính', ['Nam/Nữ', 'Nam, nữ', 'Phái']),
    field('position', 'Chức vụ', ['Chức danh', 'Chức vụ, chức danh', 'Chức vụ hoặc chức danh']),
    field('unit', 'Đơn vị công tác', ['Đơn vị', 'Nơi công tác', 'Tên đơn vị', 'Cơ quan, đơn vị']),
    field('staffCategory', 'Đối tượng', ['Đối tượng khen thưởng', 'Thành phần']),
    field('identityNumber', 'Số định danh', [
      'Số định danh cá nhân',
      'CCCD',
      'Số CCCD',
      'Căn cước công dân',
      'Số CMND/CCCD',
      'Căn cước',
    ]),
    PHONE,
    ADDRESS,
    NOTE,
    ACHIEVEMENT,
  ],
  units: [
    STT,
    field('name', 'Tên đơn vị', ['Tên cơ quan, đơn vị', 'Cơ quan, đơn vị', 'Đơn vị', 'Tên tập thể']),
    field('shortName', 'Tên viết tắt', ['Viết tắt']),
    field('unitKind', 'Loại đơn vị', ['Loại hình', 'Loại']),
    field('parent', 'Đơn vị cấp trên', ['Trực thuộc', 'Cấp trên', 'Đơn vị chủ quản']),
    field('contactPerson', 'Người liên hệ', ['Người đại diện']),
    PHONE,
    ADDRESS,
    NOTE,
    ACHIEVEMENT,
  ],
  households: [
    STT,
    field('name', 'Họ tên chủ hộ', ['Họ và tên chủ hộ', 'Chủ hộ', 'Tên chủ hộ', 'Họ và tên', 'Họ tên']),
    field('gender', 'Giới tính chủ hộ', ['Giới tính', 'Nam/Nữ', 'Nam, nữ', 'Ông/Bà', 'Phái']),
    ADDRESS,
    field('group', 'Tổ dân phố', ['Tổ', 'TDP', 'Thuộc tổ dân phố']),
    field('memberCount', 'Số nhân khẩu', ['Nhân khẩu', 'Số khẩu', 'Số người']),
    PHONE,
    NOTE,
    ACHIEVEMENT,
  ],
};

/**
 * A header cell as compared with the aliases: folded, with "(1)"-style remarks, stars and
 * punctuation gone, so "Họ, tên", "HỌ VÀ TÊN (*)" and "Họ và\ntên" all compare as words.
 */
export function headerKey(text: string): string {
  return foldForMatch(text.replace(/\([^)]*\)/g, ' '));
}

const indexes = new Map<RegistryKind, Map<string, FieldDef>>();

/** The field a header cell names for this kind of import, if any. */
export function fieldForHeader(kind: RegistryKind, text: string): FieldDef | null {
  let index = indexes.get(kind);
  if (!index) {
    index = new Map();
    for (const def of FIELDS[kind]) {
      for (const alias of [def.label, ...def.aliases]) index.set(headerKey(alias), def);
    }
    indexes.set(kind, index);
  }
  return index.get(headerKey(text)) ?? null;
}

/** How refusals name the main column ("Ô chứa công thức, không phải họ tên"). */
export const NAME_NOUN: Record<RegistryKind, string> = {
  people: 'họ tên',
  units: 'tên đơn vị',
  households: 'họ tên chủ hộ',
};
