import type { AuditEntry, AuditFieldChange } from '../../../../shared/api/audit';

export function changeOf(label: string, before: string, after: string, field = label): AuditFieldChange {
  return { field, label, before, after, beforeValue: before || null, afterValue: after || null };
}

/** An entry with quiet defaults; tests name what they check. */
export function entryOf(fields: Partial<AuditEntry> & Pick<AuditEntry, 'id'>): AuditEntry {
  return {
    at: new Date(2026, 10, 26, 16, 5, 9).toISOString(),
    actor: 'Lê Văn An',
    entity: 'people',
    entityLabel: 'Cá nhân',
    entityId: 42,
    recordLabel: 'Nguyễn Thị Ngọc Ánh',
    action: 'update',
    actionLabel: 'Sửa',
    note: null,
    changes: [],
    ...fields,
  };
}

export const EDIT_POSITION = entryOf({
  id: 3,
  changes: [changeOf('Chức vụ', 'Giáo viên', 'Hiệu phó', 'position')],
});

export const CREATE_UNIT = entryOf({
  id: 2,
  at: new Date(2026, 10, 25, 9, 0, 0).toISOString(),
  actor: '',
  entity: 'units',
  entityLabel: 'Đơn vị',
  entityId: 7,
  recordLabel: 'Trường Mầm non Hoa Sen',
  action: 'create',
  actionLabel: 'Thêm mới',
  changes: [
    changeOf('Tên đơn vị', '', 'Trường Mầm non Hoa Sen', 'name'),
    changeOf('Loại đơn vị', '', 'Trường học', 'kind'),
    changeOf('Địa chỉ', '', 'Số 3 Hàng Kênh', 'address'),
    changeOf('Số điện thoại', '', '0225 3812 345', 'phone'),
    changeOf('Người liên hệ', '', 'Đỗ Thị Hà', 'contactPerson'),
    changeOf('Ghi chú', '', 'Thành lập 2026', 'note'),
  ],
});

export const SETTINGS_CHANGE = entryOf({
  id: 1,
  at: new Date(2026, 10, 24, 8, 30, 0).toISOString(),
  entity: 'settings',
  entityLabel: 'Cài đặt',
  entityId: null,
  recordLabel: null,
  changes: [changeOf('Tên phường', 'Phường Lê Chân', 'Phường Ngô Quyền', 'wardName')],
});
