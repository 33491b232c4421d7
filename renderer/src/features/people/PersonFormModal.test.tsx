import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PersonInput } from '../../../../shared/schemas/registry/people';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { ANH, UNITS, personOf, personRowOf } from '../../test/registry-fixtures';
import { useUnitOptions } from '../../components/unitOptions';
import { PersonFormModal } from './PersonFormModal';

const created = (input: PersonInput) =>
  personOf(personRowOf({ id: 99, fullName: input.fullName as string, birthYear: input.birthYear ?? null }));

function renderForm(person = null as typeof ANH | null, replies: Parameters<typeof fakeApi>[0] = {}) {
  const transport = fakeApi({
    'units.list': UNITS,
    'people.create': created,
    'people.update': ({ values }) => ({ ...ANH, ...values }) as typeof ANH,
    ...replies,
  });
  void useUnitOptions.getState().load();
  const onClose = vi.fn();
  render(<PersonFormModal opened person={person} onClose={onClose} />);
  return { transport, onClose };
}

const dialog = () => screen.getByRole('dialog');
const field = (name: string) => within(dialog()).getByRole<HTMLInputElement>('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const save = () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Lưu' }));

function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el) => el?.id.includes('error'))
    .map((el) => el!.textContent)
    .join(' ');
}

describe('Person form', () => {
  it('refuses an empty name on the field, without calling the API', async () => {
    const { transport } = renderForm();
    type('Họ và tên', '   ');
    save();
    await waitFor(() => expect(errorOf(field('Họ và tên'))).toBe('Vui lòng nhập họ và tên.'));
    expect(sent(transport, 'people.create')).toEqual([]);
    expect(document.activeElement).toBe(field('Họ và tên'));
  });

  it('refuses 31/02/1990 with the schema message', async () => {
    const { transport } = renderForm();
    type('Họ và tên', 'Phạm Minh Tuấn');
    type('Ngày sinh hoặc năm sinh', '31/02/1990');
    save();
    await waitFor(() =>
      expect(errorOf(field('Ngày sinh hoặc năm sinh'))).toBe('Ngày sinh không phải ngày hợp lệ.'),
    );
    expect(sent(transport, 'people.create')).toEqual([]);
  });

  it('sends a year alone as the birth year', async () => {
    const { transport, onClose } = renderForm();
    type('Họ và tên', 'Trần Văn Đức');
    type('Ngày sinh hoặc năm sinh', '1990');
    save();
    expect(await screen.findByText('Đã thêm Trần Văn Đức.')).toBeTruthy();
    expect(sent(transport, 'people.create')).toEqual([
      {
        fullName: 'Trần Văn Đức',
        gender: null,
        birthDate: null,
        birthYear: 1990,
        unitId: null,
        position: '',
        staffCategory: null,
        identityNumber: '',
        phone: '',
        address: '',
        note: '',
        active: true,
      },
    ]);
    expect(onClose).toHaveBeenCalled();
  });

  it('sends a full date as ISO, with the unit, gender and category picked', async () => {
    const { transport } = renderForm();
    type('Họ và tên', 'Nguyễn Thị Ngọc Ánh');
    type('Ngày sinh hoặc năm sinh', '05/07/1985');
    fireEvent.click(within(dialog()).getByRole('combobox', { name: 'Giới tính' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Nữ' }));
    const unit = within(dialog()).getByRole('combobox', { name: 'Đơn vị' });
    fireEvent.click(unit);
    fireEvent.change(unit, { target: { value: 'tieu hoc' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Trường Tiểu học Lê Chân' }));
    fireEvent.click(within(dialog()).getByRole('combobox', { name: 'Đối tượng' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Công chức, viên chức' }));
    type('Chức vụ', 'Giáo viên');
    fireEvent.click(within(dialog()).getByRole('switch', { name: /Đang công tác/ }));
    save();
    await waitFor(() => expect(sent(transport, 'people.create')).toHaveLength(1));
    expect(sent(transport, 'people.create')[0]).toMatchObject({
      fullName: 'Nguyễn Thị Ngọc Ánh',
      birthDate: '1985-07-05',
      birthYear: null,
      gender: 'female',
      unitId: 2,
      staffCategory: 'civil_servant',
      position: 'Giáo viên',
      active: false,
    });
  });

  it('edits a stored person, starting from its values, and sends the update by id', async () => {
    const { transport } = renderForm(ANH);
    expect(within(dialog()).getByText('Sửa thông tin cá nhân')).toBeTruthy();
    expect(field('Họ và tên').value).toBe('Nguyễn Thị Ngọc Ánh');
    expect(field('Ngày sinh hoặc năm sinh').value).toBe('05/07/1985');
    expect(within(dialog()).getByRole<HTMLInputElement>('combobox', { name: 'Đơn vị' }).value).toBe(
      'Trường Tiểu học Lê Chân',
    );
    type('Số điện thoại', '0913 000 111');
    save();
    await waitFor(() => expect(sent(transport, 'people.update')).toHaveLength(1));
    expect(sent(transport, 'people.update')[0]).toMatchObject({
      id: 42,
      values: { fullName: 'Nguyễn Thị Ngọc Ánh', birthDate: '1985-07-05', phone: '0913 000 111', unitId: 2 },
    });
  });

  it('puts the server field errors on their fields (birth date on the birth field)', async () => {
    renderForm(null, {
      'people.create': failure({
        code: 'VALIDATION',
        message: 'Dữ liệu chưa hợp lệ.',
        fields: { birthYear: 'Năm sinh không khớp với ngày sinh.', phone: 'Số điện thoại không hợp lệ.' },
      }),
    });
    type('Họ và tên', 'Lê Văn An');
    save();
    await waitFor(() =>
      expect(errorOf(field('Ngày sinh hoặc năm sinh'))).toBe('Năm sinh không khớp với ngày sinh.'),
    );
    expect(errorOf(field('Số điện thoại'))).toBe('Số điện thoại không hợp lệ.');
    expect(screen.getByText('Dữ liệu chưa hợp lệ.')).toBeTruthy();
  });
});
