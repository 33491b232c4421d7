import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Unit } from '../../../../shared/schemas/registry/units';
import { useNavigation } from '../../app/navigation';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { UnitsArea } from './UnitsArea';
import { changeOf, entryOf } from '../history/test-fixtures';
import {
  DANG_UY,
  MAM_NON,
  SERVER_ORDER,
  TRAM_Y_TE,
  UBND,
  peoplePage,
  unitOf,
} from '../../test/registry-fixtures';

const UBND_FULL: Unit = unitOf(UBND, {
  shortName: 'UBND',
  contactPerson: 'Phạm Văn Bình',
  phone: '0225 3856 123',
  address: '1 Lạch Tray, Lê Chân',
  activeFrom: '1990-01-15',
  note: 'Trụ sở mới từ 2024.',
  parent: { id: DANG_UY.id, name: DANG_UY.name },
  clusters: [{ id: 11, name: 'Cụm thi đua số 1' }],
  children: [
    { id: TRAM_Y_TE.id, name: TRAM_Y_TE.name },
    { id: MAM_NON.id, name: MAM_NON.name },
  ],
  householdCount: 3,
});

const PEOPLE = peoplePage(
  [
    { id: 501, fullName: 'Nguyễn Văn An', position: 'Chủ tịch', staffCategory: 'ward_leader' },
    { id: 502, fullName: 'Trần Thị Bình', position: null, staffCategory: 'civil_servant' },
  ],
  73,
);

async function renderDetail(unit: Unit = UBND_FULL, replies: Replies = {}) {
  const transport = fakeApi({
    'units.get': unit,
    'people.list': PEOPLE,
    'units.list': SERVER_ORDER,
    'clusters.list': [],
    'audit.list': { total: 0, offset: 0, rows: [] },
    ...replies,
  });
  useNavigation.getState().go('units', unit.id);
  render(<UnitsArea title="Đơn vị" />);
  await screen.findByRole('heading', { level: 1, name: unit.name });
  return transport;
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const definitionOf = (label: string) =>
  screen.getAllByText(label).find((el) => el.tagName === 'DT')?.nextElementSibling?.textContent;

describe('Unit detail page', () => {
  it('shows the unit with its parent, clusters, contact and dates, and a way back', async () => {
    const transport = await renderDetail();
    expect(sent(transport, 'units.get')).toEqual([{ id: UBND.id }]);
    expect(definitionOf('Loại đơn vị')).toBe('Cơ quan Đảng, chính quyền');
    expect(definitionOf('Đơn vị cấp trên')).toBe('Đảng ủy phường');
    expect(screen.getByRole('link', { name: 'Đảng ủy phường' }).getAttribute('href')).toBe('#/don-vi/1');
    expect(definitionOf('Cụm, khối thi đua')).toBe('Cụm thi đua số 1');
    expect(definitionOf('Người liên hệ')).toBe('Phạm Văn Bình');
    expect(definitionOf('Số điện thoại')).toBe('0225 3856 123');
    expect(definitionOf('Ngày bắt đầu hoạt động')).toBe('15/01/1990');
    expect(definitionOf('Ghi chú')).toBe('Trụ sở mới từ 2024.');
    expect(screen.getByRole('link', { name: 'Danh sách đơn vị' }).getAttribute('href')).toBe('#/don-vi');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('lists the sub-units and the first people of the unit with the total, as links', async () => {
    const transport = await renderDetail();
    const children = section('Đơn vị trực thuộc (2)');
    expect(
      within(children)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Trạm y tế phường', '#/don-vi/4'],
      ['Trường Mầm non Hoa Sen', '#/don-vi/3'],
    ]);

    const people = section('Cá nhân thuộc đơn vị');
    await within(people).findByRole('link', { name: 'Nguyễn Văn An' });
    expect(within(people).getByRole('link', { name: 'Nguyễn Văn An' }).getAttribute('href')).toBe(
      '#/ca-nhan/501',
    );
    expect(within(people).getByText('Lãnh đạo cấp phường')).toBeTruthy();
    expect(within(people).getByRole('link', { name: 'Trần Thị Bình' })).toBeTruthy();
    expect(within(people).getByText('Hiện 2 trên tổng số 73 người.')).toBeTruthy();
    expect(sent(transport, 'people.list')).toEqual([{ unitId: UBND.id, limit: 50, offset: 0 }]);

    expect(within(section('Hộ gia đình')).getByText('3 hộ gia đình thuộc đơn vị này.')).toBeTruthy();
    // The unit's own (collective) awards: none yet.
    expect(await within(section('Khen thưởng')).findByText('Chưa có khen thưởng nào.')).toBeTruthy();
  });

  it('says so when the unit has no sub-units or people', async () => {
    await renderDetail(unitOf(DANG_UY), { 'people.list': peoplePage([]) });
    expect(within(section('Đơn vị trực thuộc (0)')).getByText('Không có đơn vị trực thuộc.')).toBeTruthy();
    expect(await screen.findByText('Chưa có cá nhân nào thuộc đơn vị này.')).toBeTruthy();
  });

  it('shows a deactivated unit with its end date and successor, and reactivates it', async () => {
    const closed = unitOf(
      { ...TRAM_Y_TE, active: false, activeTo: '2025-12-31' },
      { successor: { id: UBND.id, name: UBND.name } },
    );
    const transport = await renderDetail(closed, {
      'units.get': (_input, n) =>
        n === 0 ? closed : { ...closed, active: true, activeTo: null, successor: null },
      'units.reactivate': { ...closed, active: true, activeTo: null },
    });
    expect(screen.getByText('Đơn vị ngừng hoạt động từ ngày 31/12/2025.')).toBeTruthy();
    expect(definitionOf('Đơn vị tiếp nhận')).toBe('Ủy ban nhân dân phường');
    expect(screen.queryByRole('button', { name: 'Cho ngừng hoạt động' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Cho hoạt động lại' }));
    expect(await screen.findByText('Đơn vị “Trạm y tế phường” đã hoạt động trở lại.')).toBeTruthy();
    expect(sent(transport, 'units.reactivate')).toEqual([{ id: TRAM_Y_TE.id }]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cho ngừng hoạt động' })).toBeTruthy());
  });

  it('lists the unit’s own changes under “Lịch sử thay đổi”', async () => {
    const transport = await renderDetail(UBND_FULL, {
      'audit.list': {
        total: 1,
        offset: 0,
        rows: [
          entryOf({
            id: 5,
            entity: 'units',
            entityLabel: 'Đơn vị',
            entityId: UBND.id,
            recordLabel: UBND.name,
            changes: [changeOf('Số điện thoại', '0225 3856 000', '0225 3856 123', 'phone')],
          }),
        ],
      },
    });
    const history = await within(section('Lịch sử thay đổi')).findByRole('table', {
      name: `Lịch sử thay đổi của ${UBND.name}`,
    });
    expect(within(history).getByRole('listitem').textContent).toBe(
      'Số điện thoại: 0225 3856 000 → 0225 3856 123',
    );
    expect(sent(transport, 'audit.list')).toMatchObject([{ entity: 'units', entityId: UBND.id, offset: 0 }]);
  });

  it('says the unit was not found, with the way back', async () => {
    fakeApi({
      'units.get': failure({ code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' }),
      'people.list': peoplePage([]),
    });
    useNavigation.getState().go('units', 999);
    render(<UnitsArea title="Đơn vị" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy đơn vị' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Không tìm thấy đơn vị.');
    expect(screen.getByRole('link', { name: 'Danh sách đơn vị' })).toBeTruthy();
  });
});

describe('Deactivate and delete', () => {
  it('deactivates with the date typed as dd/mm/yyyy sent as ISO, the successor and the reason', async () => {
    const transport = await renderDetail(unitOf(TRAM_Y_TE), {
      'units.deactivate': unitOf({ ...TRAM_Y_TE, active: false, activeTo: '2026-07-01' }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cho ngừng hoạt động' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cho ngừng hoạt động: Trạm y tế phường' });
    expect(within(dialog).getByText(/vẫn được giữ trong lịch sử/)).toBeTruthy();

    // The date is required.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cho ngừng hoạt động' }));
    const date = within(dialog).getByRole('textbox', { name: 'Ngày ngừng hoạt động' });
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Vui lòng nhập ngày ngừng hoạt động.')).toBeTruthy();
    expect(sent(transport, 'units.deactivate')).toEqual([]);

    fireEvent.change(date, { target: { value: '1/7/2026' } });
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Đơn vị tiếp nhận' }));
    const offered = (await screen.findAllByRole('option')).map((o) => o.textContent);
    // Only active units other than itself can take over.
    expect(offered).not.toContain('Trạm y tế phường');
    expect(offered).not.toContain('Hội Cựu chiến binh phường');
    fireEvent.click(screen.getByRole('option', { name: 'Ủy ban nhân dân phường' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lý do' }), {
      target: { value: 'Sáp nhập theo Nghị quyết 12' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cho ngừng hoạt động' }));

    expect(await screen.findByText('Đã cho đơn vị “Trạm y tế phường” ngừng hoạt động.')).toBeTruthy();
    expect(sent(transport, 'units.deactivate')).toEqual([
      {
        id: TRAM_Y_TE.id,
        activeTo: '2026-07-01',
        successorId: UBND.id,
        reason: 'Sáp nhập theo Nghị quyết 12',
      },
    ]);
  });

  it('shows the refusal of a delete and offers deactivation instead', async () => {
    const message =
      'Không xóa được đơn vị “Ủy ban nhân dân phường” vì còn 35 cá nhân và 2 đơn vị trực thuộc.';
    const transport = await renderDetail(UBND_FULL, {
      'units.delete': failure({ code: 'CONFLICT', message }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa đơn vị “Ủy ban nhân dân phường”?' });
    expect(within(dialog).getByText(/chuyển vào Thùng rác/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(within(refusal).getByText(message)).toBeTruthy();
    expect(sent(transport, 'units.delete')).toEqual([{ id: UBND.id }]);
    expect(within(dialog).queryByRole('button', { name: 'Xóa' })).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cho ngừng hoạt động' }));
    expect(
      await screen.findByRole('dialog', { name: 'Cho ngừng hoạt động: Ủy ban nhân dân phường' }),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Ngày ngừng hoạt động' })).toBeTruthy();
  });

  it('moves an unused unit to the trash and goes back to the list', async () => {
    const transport = await renderDetail(unitOf(DANG_UY), {
      'units.delete': unitOf({ ...DANG_UY, deletedAt: '2026-07-01T10:00:00.000Z' }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa đơn vị “Đảng ủy phường”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã chuyển đơn vị “Đảng ủy phường” vào Thùng rác.')).toBeTruthy();
    expect(sent(transport, 'units.delete')).toEqual([{ id: DANG_UY.id }]);
    await waitFor(() => expect(window.location.hash).toBe('#/don-vi'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đơn vị' })).toBeTruthy();
  });
});
