import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { useNavigation } from '../../app/navigation';
import { ProposalPage } from './ProposalPage';
import { candidate, LDTT, PROPOSAL } from './test-fixtures';

const AN = candidate(11, 'Nguyễn Văn An');
const BINH = candidate(12, 'Trần Thị Bình', { detail: null });

describe('a proposal’s page', () => {
  it('shows the tờ trình and its candidates with their outcome', async () => {
    fakeApi({
      'proposals.get': PROPOSAL,
      'proposals.candidates': [
        { ...AN, outcome: 'approved', decisionId: 9, decisionNumberText: '05/QĐ-UBND' },
        { ...BINH, outcome: 'rejected', reviewNote: 'Chưa đủ tiêu chuẩn' },
      ],
      'catalogue.list': [LDTT],
    });
    render(<ProposalPage id={5} />);
    expect(
      await screen.findByRole('heading', { name: 'Đề nghị tặng Giấy khen năm học 2025-2026' }),
    ).toBeTruthy();
    expect(screen.getByText('Số 12/TTr-THCS ngày 05/11/2026')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Danh sách đối tượng được đề nghị' });
    const an = within(table).getByText('Nguyễn Văn An').closest('tr')!;
    expect(within(an).getByText('Đồng ý')).toBeTruthy();
    expect(within(an).getByText('Trong QĐ 05/QĐ-UBND')).toBeTruthy();
    // A candidate a decision took is not edited from the proposal.
    expect(within(an).queryByRole('button', { name: 'Bỏ Nguyễn Văn An khỏi đề nghị' })).toBeNull();
    const binh = within(table).getByText('Trần Thị Bình').closest('tr')!;
    expect(within(binh).getByText('Không đồng ý')).toBeTruthy();
    expect(within(binh).getByText('Chưa đủ tiêu chuẩn')).toBeTruthy();
  });

  it('reviews with the keyboard (1 = đồng ý, 2 = không đồng ý) and saves every outcome at once', async () => {
    const transport = fakeApi({
      'proposals.get': PROPOSAL,
      'proposals.candidates': [AN, BINH],
      'catalogue.list': [LDTT],
      'proposals.review': { ...PROPOSAL, status: 'reviewed' },
      'proposals.list': [],
    });
    render(<ProposalPage id={5} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xét duyệt' }));
    const table = screen.getByRole('table', { name: 'Hội đồng xét từng trường hợp' });
    const anRow = within(table).getByText('Nguyễn Văn An').closest('tr')!;
    fireEvent.keyDown(within(anRow).getByRole('radio', { name: 'Chưa xét' }), { key: '1' });
    expect((within(anRow).getByRole('radio', { name: 'Đồng ý' }) as HTMLInputElement).checked).toBe(true);
    const binhRow = within(table).getByText('Trần Thị Bình').closest('tr')!;
    fireEvent.keyDown(within(binhRow).getByRole('radio', { name: 'Chưa xét' }), { key: '2' });
    fireEvent.change(within(binhRow).getByRole('textbox', { name: 'Ý kiến về Trần Thị Bình' }), {
      target: { value: 'Chưa đủ tiêu chuẩn' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả xét' }));

    await waitFor(() => expect(sent(transport, 'proposals.review')).toHaveLength(1));
    expect(sent(transport, 'proposals.review')[0]).toEqual({
      proposalId: 5,
      reviews: [
        { candidateId: 11, outcome: 'approved', note: '' },
        { candidateId: 12, outcome: 'rejected', note: 'Chưa đủ tiêu chuẩn' },
      ],
      reviewedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(await screen.findByText('Đã lưu kết quả xét.')).toBeTruthy();
  });

  it('makes a new draft decision from the approved candidates and opens it', async () => {
    const transport = fakeApi({
      'proposals.get': { ...PROPOSAL, status: 'reviewed' },
      'proposals.candidates': [
        { ...AN, outcome: 'approved' },
        { ...BINH, outcome: 'rejected' },
      ],
      'catalogue.list': [LDTT],
      'decisions.list': [],
      'proposals.toDecision': { decisionId: 9, added: 1, skipped: [] },
      'proposals.list': [],
    });
    render(<ProposalPage id={5} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Lập quyết định từ các trường hợp được đồng ý' }),
    );
    expect(
      await screen.findByText(
        '1 trường hợp được Hội đồng đồng ý chưa có quyết định sẽ được đưa vào danh sách kèm theo quyết định.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lập quyết định' }));
    await waitFor(() => expect(useNavigation.getState().subpath).toEqual(['quyet-dinh', '9']));
    expect(window.location.hash).toBe('#/khen-thuong/quyet-dinh/9');
    expect(sent(transport, 'proposals.toDecision')).toEqual([{ proposalId: 5, decisionId: null }]);
  });
});
