import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { ProposalsList } from './ProposalsList';
import { PROPOSAL } from './test-fixtures';

describe('the proposals list', () => {
  it('says there is no proposal yet and how to start', async () => {
    fakeApi({ 'proposals.list': [], 'units.list': [] });
    render(<ProposalsList />);
    expect(await screen.findByText('Chưa có đề nghị nào.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm đề nghị' })).toBeTruthy();
  });

  it('shows each proposal with its unit, counts and status, and filters by status', async () => {
    const transport = fakeApi({
      'proposals.list': (input) =>
        input.status === 'returned' ? [] : [{ ...PROPOSAL, approvedCount: 1, pendingCount: 1 }],
      'units.list': [],
    });
    render(<ProposalsList />);
    const table = await screen.findByRole('table', { name: 'Danh sách đề nghị khen thưởng' });
    const row = within(table).getByText('Đề nghị tặng Giấy khen năm học 2025-2026').closest('tr')!;
    expect(within(row).getByRole('link', { name: '12/TTr-THCS' }).getAttribute('href')).toBe(
      '#/khen-thuong/de-nghi/5',
    );
    expect(within(row).getByText('05/11/2026')).toBeTruthy();
    expect(within(row).getByText('Trường THCS Lê Chân')).toBeTruthy();
    expect(within(row).getByText('2 đối tượng · 1 đồng ý · 1 chưa xét')).toBeTruthy();
    expect(within(row).getByText('Đã trình')).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Trả lại' }));
    expect(await screen.findByText('Không có đề nghị nào phù hợp với bộ lọc.')).toBeTruthy();
    await waitFor(() =>
      expect(sent(transport, 'proposals.list').at(-1)).toMatchObject({ status: 'returned' }),
    );
  });
});
