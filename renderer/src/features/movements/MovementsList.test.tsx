import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { MovementsList } from './MovementsList';
import { SUMMARY } from './test-fixtures';

describe('the movements list', () => {
  it('says there is no movement yet and what to do', async () => {
    fakeApi({ 'movements.list': [] });
    render(<MovementsList />);
    expect(await screen.findByText('Chưa có phong trào thi đua nào.')).toBeTruthy();
    expect(screen.getByText(/hãy bấm “Tạo phong trào”/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo phong trào' })).toBeTruthy();
  });

  it('shows each movement with kind, period, document, status and units, linking to its page', async () => {
    fakeApi({
      'movements.list': [
        SUMMARY,
        {
          ...SUMMARY,
          id: 8,
          name: 'Tháng hành động',
          kind: 'periodic',
          periodToYear: 2026,
          docNumber: null,
          archivedAt: '2026-03-01T00:00:00.000Z',
        },
      ],
    });
    render(<MovementsList />);
    const table = await screen.findByRole('table', { name: 'Danh sách phong trào thi đua' });
    const row = within(table).getByText(SUMMARY.name).closest('tr')!;
    expect(within(row).getByRole('link').getAttribute('href')).toBe('#/phong-trao/danh-sach/7');
    expect(within(row).getByText('Thường xuyên')).toBeTruthy();
    expect(within(row).getByText('2026-2030')).toBeTruthy();
    expect(within(row).getByText('45/KH-UBND')).toBeTruthy();
    expect(within(row).getByText('15/01/2026')).toBeTruthy();
    expect(within(row).getByText('Đang thực hiện')).toBeTruthy();
    expect(within(row).getByText('2 đơn vị')).toBeTruthy();
    const other = within(table).getByText('Tháng hành động').closest('tr')!;
    expect(within(other).getByText('2026')).toBeTruthy();
    expect(within(other).getByText('Đã lưu trữ')).toBeTruthy();
  });

  it('filters by year, kind and status, and shows archived ones on request', async () => {
    const transport = fakeApi({ 'movements.list': (q) => (q.kind === 'thematic' ? [] : [SUMMARY]) });
    render(<MovementsList />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('combobox', { name: 'Loại' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Chuyên đề' }));
    expect(await screen.findByText('Không có phong trào nào phù hợp với bộ lọc.')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Cả phong trào đã lưu trữ' }));
    await waitFor(() =>
      expect(sent(transport, 'movements.list').at(-1)).toMatchObject({
        kind: 'thematic',
        includeArchived: true,
      }),
    );
  });
});
