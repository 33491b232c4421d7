import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { ExemplarsArea } from './ExemplarsArea';
import { useExemplars } from './store';
import { summary } from './test-fixtures';

const initial = useExemplars.getState();
afterEach(() => useExemplars.setState(initial, true));

const BOARD = [
  summary(1, 'Cô giáo dạy học miễn phí', { evidenceCount: 2 }),
  summary(2, 'Tổ dân phố sạch đẹp', {
    stage: 'nurtured',
    stageOn: '2026-05-01',
    subjectName: 'Tổ dân phố 5',
  }),
  summary(3, 'Gia đình hiếu học', { stage: 'nurtured', readOnly: true }),
];

const column = (name: string) => screen.getByRole('region', { name });

describe('the exemplary models board', () => {
  it('says what to do when there is no model yet', async () => {
    fakeApi({ 'exemplars.list': [], 'movements.list': [] });
    render(<ExemplarsArea title="Điển hình tiên tiến" />);
    expect(
      await screen.findByText(
        'Chưa có điển hình nào. Bấm “Thêm điển hình” để ghi nhận gương người tốt việc tốt đầu tiên.',
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('region')).toHaveLength(4);
  });

  it('shows four stage columns with their counts and the cards in them', async () => {
    fakeApi({ 'exemplars.list': BOARD, 'movements.list': [] });
    render(<ExemplarsArea title="Điển hình tiên tiến" />);
    await screen.findByText('Cô giáo dạy học miễn phí');
    expect(within(column('Phát hiện')).getByLabelText('1 điển hình')).toBeTruthy();
    expect(within(column('Bồi dưỡng')).getByLabelText('2 điển hình')).toBeTruthy();
    expect(within(column('Tổng kết')).getByLabelText('0 điển hình')).toBeTruthy();
    const card = within(column('Phát hiện')).getByRole('article', { name: 'Cô giáo dạy học miễn phí' });
    expect(card.textContent).toContain('Nguyễn Thị Hoa');
    expect(card.textContent).toContain('Giáo dục');
    expect(card.textContent).toContain('Dân vận khéo');
    expect(card.textContent).toContain('Từ 02/03/2026');
    expect(card.textContent).toContain('2 minh chứng');
    // A model of a closed movement cannot be moved.
    const locked = within(column('Bồi dưỡng')).getByRole('article', { name: 'Gia đình hiếu học' });
    expect(within(locked).queryByRole('button')).toBeNull();
  });

  it('moves a card to the next stage with the date and note typed in the dialog', async () => {
    const api = fakeApi({
      'exemplars.list': BOARD,
      'movements.list': [],
      'exemplars.moveStage': (input) => ({
        ...summary(1, 'Cô giáo dạy học miễn phí', { stage: input.stage }),
        description: null,
        source: null,
        createdAt: '',
        history: [],
      }),
    });
    render(<ExemplarsArea title="Điển hình tiên tiến" />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Chuyển giai đoạn của “Cô giáo dạy học miễn phí”' }),
    );
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sang giai đoạn tiếp: Bồi dưỡng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển sang “Bồi dưỡng”' });
    const date = within(dialog).getByLabelText(/Ngày chuyển/);
    fireEvent.change(date, { target: { value: '10/4/2026' } });
    fireEvent.change(within(dialog).getByLabelText('Ghi chú'), {
      target: { value: 'Giao Đoàn phường theo dõi' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển giai đoạn' }));
    await waitFor(() =>
      expect(sent(api, 'exemplars.moveStage')).toEqual([
        { id: 1, stage: 'nurtured', onDate: '2026-04-10', note: 'Giao Đoàn phường theo dõi' },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('searches and filters through the list channel', async () => {
    const api = fakeApi({ 'exemplars.list': BOARD, 'movements.list': [] });
    render(<ExemplarsArea title="Điển hình tiên tiến" />);
    await screen.findByText('Cô giáo dạy học miễn phí');
    fireEvent.change(screen.getByLabelText('Tìm theo tên, người, đơn vị, phong trào'), {
      target: { value: 'co giao' },
    });
    await waitFor(() =>
      expect(sent(api, 'exemplars.list').at(-1)).toMatchObject({ search: 'co giao', field: null }),
    );
  });
});
