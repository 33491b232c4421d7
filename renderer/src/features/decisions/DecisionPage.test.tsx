import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { STORED_SETTINGS } from '../../test/fixtures';
import { MAM_NON, pageOf, personRowOf } from '../../test/registry-fixtures';
import { DecisionPage } from './DecisionPage';
import { GIAY_KHEN, decision, line } from './test-fixtures';

const LINES = [
  line(1, 'Trường THCS Lê Chân', { recipientKind: 'collective', positionUnit: null, amount: 1_520_000 }),
  line(2, 'Nguyễn Văn An', { achievement: 'Hoàn thành xuất sắc nhiệm vụ giảng dạy' }),
  line(3, 'Trần Thị Bình', { stt: 2, paid: false, amount: 0 }),
];

function renderPage(replies: Replies = {}) {
  const transport = fakeApi({
    'decisions.get': decision(),
    'decisions.lines': LINES,
    'decisions.hints': [{ lineId: 2, code: 'already_awarded', message: 'Đã được tặng Giấy khen năm 2025.' }],
    'decisions.corrections': [],
    'settings.get': STORED_SETTINGS,
    'catalogue.list': [GIAY_KHEN],
    'units.list': [MAM_NON],
    ...replies,
  });
  render(<DecisionPage id={3} />);
  return transport;
}

describe('Decision page', () => {
  it('shows the list in sections with hints, the default achievement greyed, unpaid lines and totals', async () => {
    renderPage();
    const collectives = await screen.findByRole('table', { name: 'I. Tập thể' });
    expect(within(collectives).getByText('Trường THCS Lê Chân')).toBeTruthy();
    expect(within(collectives).getByText('Cộng (1)')).toBeTruthy();

    const individuals = screen.getByRole('table', { name: 'II. Cá nhân' });
    const an = within(individuals).getByText('Nguyễn Văn An').closest('tr')!;
    expect(within(an).getByText('Đã được tặng Giấy khen năm 2025.')).toBeTruthy();
    expect(within(an).getByText('Hoàn thành xuất sắc nhiệm vụ giảng dạy')).toBeTruthy();
    const binh = within(individuals).getByText('Trần Thị Bình').closest('tr')!;
    expect(within(binh).getByText('Đã có thành tích xuất sắc trong công tác năm 2026')).toBeTruthy();
    expect(within(binh).getByText('Không chi')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'III. Hộ gia đình' })).toBeNull();
    expect(screen.getByText('Tổng cộng: 3 dòng, 2.280.000 đ')).toBeTruthy();

    // A draft: edit, sign, delete; no số sổ vàng yet.
    expect(screen.getByRole('button', { name: 'Sửa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xóa dự thảo' })).toBeTruthy();
    expect(within(individuals).queryByText('Số sổ vàng')).toBeNull();
  });

  it('keeps the sign dialog open with the server’s message listing what is missing', async () => {
    const transport = renderPage({
      'decisions.sign': failure({
        code: 'VALIDATION',
        message: 'Chưa ký được quyết định vì còn thiếu: ngày quyết định; người ký.',
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ký ban hành' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ký ban hành quyết định?' });
    expect(within(dialog).getByText(/mỗi dòng được cấp số sổ vàng/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ký ban hành' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Chưa ký được quyết định vì còn thiếu: ngày quyết định; người ký.');
    expect(sent(transport, 'decisions.sign')).toEqual([{ id: 3 }]);
  });

  it('a signed decision shows its số sổ vàng, offers correction and cancellation, not editing', async () => {
    renderPage({
      'decisions.get': decision({
        status: 'signed',
        number: 1,
        numberText: '01/QĐ-UBND',
        decisionDate: '2026-07-05',
        movementId: 3,
        movementName: 'Thi đua 2026-2030',
      }),
      'decisions.lines': [line(2, 'Nguyễn Văn An', { registerYear: 2026, registerNumber: 12 })],
      'decisions.hints': [],
      'decisions.corrections': [
        {
          id: 1,
          at: '2026-07-06T02:00:00.000Z',
          actor: 'Lê Văn An',
          reason: 'Sai chức vụ',
          changes: [{ field: 'Chức vụ, đơn vị', before: 'Giáo viên', after: 'Tổ trưởng' }],
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Quyết định số 01/QĐ-UBND' })).toBeTruthy();
    const row = screen.getByText('Nguyễn Văn An').closest('tr')!;
    expect(within(row).getByText('12')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Đính chính dòng Nguyễn Văn An' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đính chính' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hủy quyết định' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();
    expect(screen.getByText('Lý do: Sai chức vụ')).toBeTruthy();
    expect(screen.getByText('Chức vụ, đơn vị: Giáo viên → Tổ trưởng')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Thi đua 2026-2030' }).getAttribute('href')).toBe(
      '#/phong-trao/danh-sach/3',
    );
  });

  it('adds people found by a search without tone marks, with the batch achievement, and reports skipped ones', async () => {
    const transport = renderPage({
      'people.list': pageOf([
        personRowOf({ id: 41, fullName: 'Nguyễn Văn An', unitName: 'Trường THCS Lê Chân', birthYear: 1985 }),
      ]),
      'decisions.addRecipients': {
        added: 0,
        skipped: [{ name: 'Nguyễn Văn An', reason: 'Đã có trong danh sách.' }],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm người được khen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người được khen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tìm trong sổ' }), {
      target: { value: 'Nguyễn Văn An' },
    });
    const found = await within(dialog).findByRole('checkbox', { name: /Nguyễn Văn An/ });
    expect(sent(transport, 'people.list')[0]).toMatchObject({ query: 'nguyen van an' });
    expect(within(dialog).getByText('Trường THCS Lê Chân · sinh năm 1985')).toBeTruthy();
    fireEvent.click(found);
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: 'Thành tích (cho các dòng thêm lần này)' }),
      {
        target: { value: 'Giáo viên dạy giỏi' },
      },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /Thêm vào danh sách/ }));
    await waitFor(() => expect(sent(transport, 'decisions.addRecipients')).toHaveLength(1));
    expect(sent(transport, 'decisions.addRecipients')[0]).toEqual({
      decisionId: 3,
      recipients: [{ kind: 'individual', id: 41, achievement: 'Giáo viên dạy giỏi' }],
    });
    expect(await screen.findByText('1 dòng không được thêm')).toBeTruthy();
    expect(screen.getByText('Nguyễn Văn An: Đã có trong danh sách.')).toBeTruthy();
  });
});

describe('a long list (thousands of households)', () => {
  it('shows a page of lines at a time, with the section total and select-all over every line', async () => {
    const households = Array.from({ length: 250 }, (_, i) =>
      line(100 + i, `Hộ ông Số ${i + 1}`, { recipientKind: 'household', stt: i + 1, amount: 1_140_000 }),
    );
    renderPage({ 'decisions.lines': households, 'decisions.hints': [] });
    const table = await screen.findByRole('table', { name: 'III. Hộ gia đình' });
    expect(within(table).getAllByRole('checkbox')).toHaveLength(1 + 100);
    expect(within(table).getByText('Hộ ông Số 1')).toBeTruthy();
    expect(within(table).queryByText('Hộ ông Số 101')).toBeNull();
    expect(screen.getByText('Dòng 1–100 trong 250')).toBeTruthy();
    expect(within(table).getByText('285.000.000 đ')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '3' }));
    expect(within(table).getByText('Hộ ông Số 201')).toBeTruthy();
    expect(within(table).queryByText('Hộ ông Số 1')).toBeNull();
    expect(screen.getByText('Dòng 201–250 trong 250')).toBeTruthy();

    fireEvent.click(within(table).getByRole('checkbox', { name: /Chọn tất cả/ }));
    expect(await screen.findByText('Đã chọn 250 dòng')).toBeTruthy();
  });
});
