import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { STORED_SETTINGS } from '../../test/fixtures';
import { DecisionsPanel } from './DecisionsPanel';
import { GIAY_KHEN, LDTT, RETIRED, decision, summary } from './test-fixtures';

const YEAR = new Date().getFullYear();

function renderPanel(replies: Replies = {}) {
  const transport = fakeApi({
    'decisions.list': [
      summary(),
      summary({
        id: 4,
        number: null,
        numberText: null,
        status: 'draft',
        decisionDate: null,
        subject: null,
        totalAmount: 0,
        collectiveCount: 0,
        individualCount: 0,
      }),
    ],
    'settings.get': STORED_SETTINGS,
    'catalogue.list': [LDTT, GIAY_KHEN, RETIRED],
    'decisions.suggestNumber': { number: 5, numberText: '05/QĐ-UBND' },
    ...replies,
  });
  render(<DecisionsPanel />);
  return transport;
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

async function openCreate() {
  fireEvent.click(await screen.findByRole('button', { name: 'Tạo quyết định' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tạo quyết định khen thưởng' });
  await within(dialog).findByText('Sẽ ghi: Số: 05/QĐ-UBND');
  return dialog;
}

describe('Decision list', () => {
  it('shows the decisions of the current year with counts, money and status', async () => {
    const transport = renderPanel();
    const table = await screen.findByRole('table', { name: 'Danh sách quyết định khen thưởng' });
    expect(sent(transport, 'decisions.list')[0]).toEqual({ year: YEAR, status: null, search: '' });

    const signed = within(table).getByRole('link', { name: '05/QĐ-UBND' }).closest('tr')!;
    expect(within(signed).getByText('05/07/2026')).toBeTruthy();
    expect(within(signed).getByText('Giấy khen của Chủ tịch UBND phường')).toBeTruthy();
    expect(within(signed).getByText('3.040.000 đ')).toBeTruthy();
    expect(within(signed).getByText('Đã ký')).toBeTruthy();

    const draft = within(table).getByRole('link', { name: 'Chưa có số' }).closest('tr')!;
    expect(within(draft).getByText('Dự thảo')).toBeTruthy();
    expect(within(draft).getByText('(chưa có trích yếu)')).toBeTruthy();
    expect(within(draft).getByText('0 đ')).toBeTruthy();
  });

  it('says what to do when a year has no decision, and lists every year on request', async () => {
    const transport = renderPanel({ 'decisions.list': [] });
    expect(
      await screen.findByText(
        `Chưa có quyết định khen thưởng nào trong năm ${YEAR}. Bấm “Tạo quyết định” để soạn dự thảo, rồi thêm người được khen và ký ban hành.`,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Năm' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Tất cả các năm' }));
    await waitFor(() => expect(sent(transport, 'decisions.list')).toHaveLength(2));
    expect(sent(transport, 'decisions.list')[1]).toEqual({ year: null, status: null, search: '' });
  });
});

describe('Decision form', () => {
  it('pre-fills the suggested number, offers the signers of the settings and the active catalogue', async () => {
    const transport = renderPanel({ 'decisions.create': decision({ id: 12 }) });
    const dialog = await openCreate();
    expect(sent(transport, 'decisions.suggestNumber')).toEqual([{ year: YEAR }]);
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Số quyết định' }).value).toBe('5');

    const signer = within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Người ký' });
    expect(signer.value).toBe('CHỦ TỊCH — Nguyễn Văn Hùng');
    fireEvent.click(signer);
    expect(await screen.findByRole('option', { name: 'CHỦ TỊCH — Nguyễn Văn Hùng' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Trần Thị Mai' })).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Trần Thị Mai' }));

    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Danh hiệu, hình thức khen thưởng' }));
    expect(await screen.findByRole('option', { name: 'Lao động tiên tiến' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Danh hiệu cũ' })).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Giấy khen của Chủ tịch UBND phường' }));
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Trích yếu' }).value).toBe(
      `Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình có thành tích năm ${YEAR}`,
    );
    // The căn cứ lines start from the settings.
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Căn cứ 4' }).value).toBe(
      'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội',
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'decisions.create')).toHaveLength(1));
    expect(sent(transport, 'decisions.create')[0]).toMatchObject({
      year: YEAR,
      number: 5,
      signer: { kind: 'vice', name: 'Trần Thị Mai' },
      catalogueId: 7,
      movementId: null,
      recipientOrder: 'entered',
    });
  });

  it('offers the movements whose period covers the year and links the decision to the one picked', async () => {
    const movement = (id: number, name: string, from: number, to: number) => ({
      id,
      name,
      theme: null,
      kind: 'regular' as const,
      scope: 'ward' as const,
      docNumber: null,
      docDate: null,
      periodFromYear: from,
      periodToYear: to,
      status: 'in_progress' as const,
      unitCount: 0,
      archivedAt: null,
      closedAt: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const transport = renderPanel({
      'decisions.create': decision({ id: 12 }),
      'movements.list': [
        movement(3, 'Thi đua 5 năm', YEAR - 1, YEAR + 3),
        movement(4, 'Phong trào cũ', 2001, 2002),
      ],
    });
    const dialog = await openCreate();
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Phong trào thi đua' }));
    const option = await screen.findByRole('option', { name: `Thi đua 5 năm (${YEAR - 1}-${YEAR + 3})` });
    expect(screen.queryByRole('option', { name: /Phong trào cũ/ })).toBeNull();
    fireEvent.click(option);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'decisions.create')).toHaveLength(1));
    expect(sent(transport, 'decisions.create')[0]).toMatchObject({ movementId: 3 });
  });

  it('puts the server’s duplicate-number message on the number field', async () => {
    const transport = renderPanel({
      'decisions.create': failure({
        code: 'CONFLICT',
        message: 'Số quyết định đã được dùng.',
        fields: { number: 'Số 05/QĐ-UBND đã có trong năm 2026.' },
      }),
    });
    const dialog = await openCreate();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const number = within(dialog).getByRole('textbox', { name: 'Số quyết định' });
    await waitFor(() => expect(errorOf(number)).toBe('Số 05/QĐ-UBND đã có trong năm 2026.'));
    expect(document.activeElement).toBe(number);
    expect(sent(transport, 'decisions.create')).toHaveLength(1);
  });
});
