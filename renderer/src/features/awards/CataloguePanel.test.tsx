import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { BaseSalary, CatalogueEntry } from '../../../../shared/schemas/catalogue';
import { DEFAULT_SETTINGS } from '../../../../shared/schemas/settings';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { CataloguePanel } from './CataloguePanel';

const entry = (id: number, name: string, more: Partial<CatalogueEntry>): CatalogueEntry => ({
  id,
  code: null,
  name,
  kind: 'title',
  level: 'ward',
  allowsCollective: false,
  allowsIndividual: false,
  allowsHousehold: false,
  collectivePermille: null,
  individualPermille: null,
  householdPermille: null,
  rank: 10,
  active: true,
  note: null,
  usageCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...more,
});

const LDTT = entry(1, 'Lao động tiên tiến', {
  allowsIndividual: true,
  individualPermille: 300,
  usageCount: 3,
});
const GDVH = entry(5, 'Gia đình văn hóa', { allowsHousehold: true, active: false });
const GIAY_KHEN = entry(7, 'Giấy khen của Chủ tịch UBND phường', {
  kind: 'form',
  allowsCollective: true,
  allowsIndividual: true,
  allowsHousehold: true,
  collectivePermille: 600,
  individualPermille: 300,
  householdPermille: 450,
});
const SALARIES: BaseSalary[] = [
  { id: 1, effectiveFrom: '2024-07-01', amount: 2_340_000, note: null, usageCount: 0 },
  { id: 2, effectiveFrom: '2026-07-01', amount: 2_530_000, note: null, usageCount: 0 },
];

function renderPanel() {
  const transport = fakeApi({
    'catalogue.list': [LDTT, GDVH, GIAY_KHEN],
    'salaries.list': SALARIES,
    'settings.get': DEFAULT_SETTINGS,
    'catalogue.create': failure({ code: 'INTERNAL', message: 'không được gọi' }),
  });
  render(<CataloguePanel />);
  return transport;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T09:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('Catalogue', () => {
  it('shows titles and forms apart, with the money of each recipient kind at today’s base salary', async () => {
    renderPanel();
    const titles = await screen.findByRole('table', { name: 'Danh hiệu thi đua' });
    const forms = screen.getByRole('table', { name: 'Hình thức khen thưởng' });
    expect(screen.getByText('Tiền thưởng tính theo mức lương cơ sở hiện hành 2.530.000 đ.')).toBeTruthy();

    const ldtt = within(titles).getByText('Lao động tiên tiến').closest('tr')!;
    expect(within(ldtt).getByText('Cá nhân: 760.000 đ (hệ số 0,3)')).toBeTruthy();
    expect(within(ldtt).getByText('Đã dùng 3 lần')).toBeTruthy();
    // In use: it can be retired, not deleted.
    expect(within(ldtt).queryByRole('button', { name: 'Xóa Lao động tiên tiến' })).toBeNull();
    expect(within(ldtt).getByRole('button', { name: 'Ngừng sử dụng Lao động tiên tiến' })).toBeTruthy();

    const gdvh = within(titles).getByText('Gia đình văn hóa').closest('tr')!;
    expect(within(gdvh).getByText('Hộ gia đình: Không có tiền thưởng')).toBeTruthy();
    expect(within(gdvh).getByText('Ngừng sử dụng')).toBeTruthy();
    expect(within(gdvh).getByRole('button', { name: 'Dùng lại Gia đình văn hóa' })).toBeTruthy();

    const gk = within(forms).getByText('Giấy khen của Chủ tịch UBND phường').closest('tr')!;
    expect(within(gk).getByText('Tập thể: 1.520.000 đ (hệ số 0,6)')).toBeTruthy();
    expect(within(gk).getByText('Cá nhân: 760.000 đ (hệ số 0,3)')).toBeTruthy();
    expect(within(gk).getByText('Hộ gia đình: 1.140.000 đ (hệ số 0,45)')).toBeTruthy();
    expect(within(gk).getByRole('button', { name: 'Xóa Giấy khen của Chủ tịch UBND phường' })).toBeTruthy();
  });

  it('the form refuses an empty name and an entry for nobody, with the contract’s messages', async () => {
    const transport = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm vào danh mục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm vào danh mục khen thưởng' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Cá nhân' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Vui lòng nhập tên danh hiệu, hình thức.')).toBeTruthy();
    expect(within(dialog).getByText('Vui lòng chọn ít nhất một đối tượng được tặng.')).toBeTruthy();
    expect(sent(transport, 'catalogue.create')).toEqual([]);
  });
});
