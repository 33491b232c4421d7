import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UnitInput } from '../../../../shared/schemas/registry/units';
import { useNavigation } from '../../app/navigation';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { UnitsArea } from './UnitsArea';
import {
  BLOCK_SCHOOLS,
  CLUSTER_1,
  MAM_NON,
  SERVER_ORDER,
  UBND,
  unitOf,
  unitRowOf,
} from '../../test/registry-fixtures';

async function openForm(replies: Replies = {}) {
  const transport = fakeApi({
    'units.list': SERVER_ORDER,
    'clusters.list': [CLUSTER_1, BLOCK_SCHOOLS],
    'units.create': (input) => unitOf(unitRowOf({ id: 9, name: (input as UnitInput).name.trim() })),
    ...replies,
  });
  useNavigation.getState().go('units');
  render(<UnitsArea title="Đơn vị" />);
  await screen.findByRole('link', { name: 'Đảng ủy phường' });
  fireEvent.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
  const dialog = await screen.findByRole('dialog', { name: 'Thêm đơn vị' });
  return { transport, dialog };
}

const textbox = (scope: HTMLElement, name: string) =>
  within(scope).getByRole<HTMLInputElement>('textbox', { name });
const combobox = (scope: HTMLElement, name: string) =>
  within(scope).getByRole<HTMLInputElement>('combobox', { name });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

/** Opens a select, optionally types to filter it, and clicks the option. */
async function pick(input: HTMLInputElement, option: string, search?: string) {
  // Mantine treats a change to an unfocused box as autofill, not typing.
  input.focus();
  fireEvent.click(input);
  if (search !== undefined) type(input, search);
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

/** The message shown for an input: what aria-describedby points at, beyond its hint. */
function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el) => el?.id.includes('error'))
    .map((el) => el!.textContent)
    .join(' ');
}

describe('Unit form', () => {
  it('refuses an empty name and a missing kind with the Vietnamese messages, without calling the API', async () => {
    const { transport, dialog } = await openForm();
    type(textbox(dialog, 'Tên đơn vị'), '   ');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(errorOf(textbox(dialog, 'Tên đơn vị'))).toBe('Vui lòng nhập tên đơn vị.'));
    expect(errorOf(combobox(dialog, 'Loại đơn vị'))).toBe('Vui lòng chọn loại đơn vị.');
    expect(document.activeElement).toBe(textbox(dialog, 'Tên đơn vị'));
    expect(sent(transport, 'units.create')).toEqual([]);
  });

  it('sends what was typed, with the parent and clusters chosen and the date as ISO', async () => {
    const { transport, dialog } = await openForm();
    type(textbox(dialog, 'Tên đơn vị'), 'Trường Tiểu học  Lê Chân');
    type(textbox(dialog, 'Tên viết tắt'), 'TH Lê Chân');
    await pick(combobox(dialog, 'Loại đơn vị'), 'Trường học');
    // The parent is found without tone marks.
    await pick(combobox(dialog, 'Đơn vị cấp trên'), 'Ủy ban nhân dân phường', 'uy ban');
    await pick(combobox(dialog, 'Cụm, khối thi đua'), 'Khối trường học');
    type(textbox(dialog, 'Người liên hệ'), 'Nguyễn Thị Lan');
    type(textbox(dialog, 'Số điện thoại'), '0225 3856 123');
    type(textbox(dialog, 'Ngày bắt đầu hoạt động'), '1/9/1995');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã thêm đơn vị “Trường Tiểu học Lê Chân”.')).toBeTruthy();
    expect(sent(transport, 'units.create')).toEqual([
      {
        name: 'Trường Tiểu học  Lê Chân',
        shortName: 'TH Lê Chân',
        kind: 'school',
        parentId: UBND.id,
        clusterIds: [BLOCK_SCHOOLS.id],
        contactPerson: 'Nguyễn Thị Lan',
        phone: '0225 3856 123',
        address: '',
        activeFrom: '1995-09-01',
        note: '',
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The list is read again so the new unit shows.
    expect(sent(transport, 'units.list').length).toBeGreaterThan(1);
  });

  it('refuses a date that does not exist with the schema message', async () => {
    const { transport, dialog } = await openForm();
    type(textbox(dialog, 'Tên đơn vị'), 'Tổ dân phố 3');
    await pick(combobox(dialog, 'Loại đơn vị'), 'Tổ dân phố');
    type(textbox(dialog, 'Ngày bắt đầu hoạt động'), '31/02/2020');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(errorOf(textbox(dialog, 'Ngày bắt đầu hoạt động'))).toBe(
        'Ngày bắt đầu hoạt động không phải ngày hợp lệ.',
      ),
    );
    expect(sent(transport, 'units.create')).toEqual([]);
  });

  it('puts the main process field errors on their fields and keeps the dialog open', async () => {
    const { dialog } = await openForm({
      'units.create': failure({
        code: 'VALIDATION',
        message: 'Dữ liệu chưa hợp lệ: Đã có đơn vị tên này.',
        fields: { name: 'Đã có đơn vị tên “Đảng ủy phường”.', phone: 'Số điện thoại không hợp lệ.' },
      }),
    });
    type(textbox(dialog, 'Tên đơn vị'), 'Đảng ủy phường');
    await pick(combobox(dialog, 'Loại đơn vị'), 'Cơ quan Đảng, chính quyền');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(errorOf(textbox(dialog, 'Tên đơn vị'))).toBe('Đã có đơn vị tên “Đảng ủy phường”.'),
    );
    expect(errorOf(textbox(dialog, 'Số điện thoại'))).toBe('Số điện thoại không hợp lệ.');
    expect(errorOf(textbox(dialog, 'Người liên hệ'))).toBeNull();
    expect(screen.getByText('Dữ liệu chưa hợp lệ: Đã có đơn vị tên này.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Thêm đơn vị' })).toBeTruthy();
  });

  it('edits a unit from the list with its stored values and offers no parent inside itself', async () => {
    const ubnd = unitOf(UBND, {
      contactPerson: 'Phạm Văn Bình',
      activeFrom: '1990-01-15',
      children: [{ id: MAM_NON.id, name: MAM_NON.name }],
    });
    const transport = fakeApi({
      'units.list': SERVER_ORDER,
      'clusters.list': [CLUSTER_1, BLOCK_SCHOOLS],
      'units.get': ubnd,
      'units.update': (input) => ({ ...ubnd, ...(input as { values: object }).values }) as typeof ubnd,
    });
    useNavigation.getState().go('units');
    render(<UnitsArea title="Đơn vị" />);
    await screen.findByRole('link', { name: 'Đảng ủy phường' });
    fireEvent.click(screen.getByRole('button', { name: 'Thao tác với Ủy ban nhân dân phường' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sửa' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sửa đơn vị “Ủy ban nhân dân phường”' });
    expect(textbox(dialog, 'Tên đơn vị').value).toBe('Ủy ban nhân dân phường');
    expect(textbox(dialog, 'Người liên hệ').value).toBe('Phạm Văn Bình');
    expect(textbox(dialog, 'Ngày bắt đầu hoạt động').value).toBe('15/01/1990');
    fireEvent.click(combobox(dialog, 'Đơn vị cấp trên'));
    const offered = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(offered).toContain('Đảng ủy phường');
    expect(offered).toContain('Hội Cựu chiến binh phường (đã ngừng hoạt động)');
    expect(offered).not.toContain('Ủy ban nhân dân phường');
    expect(offered).not.toContain('Trường Mầm non Hoa Sen');
    expect(offered).not.toContain('Trạm y tế phường');

    type(textbox(dialog, 'Địa chỉ'), '12 Lạch Tray');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu đơn vị “Ủy ban nhân dân phường”.')).toBeTruthy();
    expect(sent(transport, 'units.update')).toEqual([
      {
        id: UBND.id,
        values: expect.objectContaining({
          name: 'Ủy ban nhân dân phường',
          kind: 'party_gov',
          contactPerson: 'Phạm Văn Bình',
          address: '12 Lạch Tray',
          activeFrom: '1990-01-15',
        }),
      },
    ]);
  });
});
