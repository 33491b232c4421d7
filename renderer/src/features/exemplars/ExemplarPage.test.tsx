import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { ExemplarPage } from './ExemplarPage';
import { MovementModels } from './MovementModels';
import { useExemplars } from './store';
import { detail, evidence, summary } from './test-fixtures';

const initial = useExemplars.getState();
afterEach(() => useExemplars.setState(initial, true));

const MODEL = detail(summary(1, 'Cô giáo dạy học miễn phí', { stage: 'nurtured', stageOn: '2026-04-10' }));

describe('an exemplary model’s page', () => {
  it('shows the details, the stage history and the evidence list', async () => {
    fakeApi({
      'exemplars.get': MODEL,
      'exemplars.listEvidence': [evidence(7, 'Biên bản.pdf')],
      'exemplars.list': [],
    });
    render(<ExemplarPage id={1} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cô giáo dạy học miễn phí' })).toBeTruthy();
    expect(screen.getByText('Bồi dưỡng (từ 10/04/2026)')).toBeTruthy();
    expect(screen.getByText('Phát hiện · 02/03/2026')).toBeTruthy();
    expect(screen.getByText('Bồi dưỡng · 10/04/2026')).toBeTruthy();
    expect(screen.getByText('Giao Đoàn phường theo dõi')).toBeTruthy();
    const files = screen.getByRole('list', { name: 'Danh sách tệp minh chứng' });
    expect(within(files).getByRole('button', { name: 'Mở Biên bản.pdf' })).toBeTruthy();
    expect(within(files).getByText(/149 KB · Trần Thị Mai/)).toBeTruthy();
  });

  it('uploads a picked file as base64 and opens a listed one', async () => {
    const api = fakeApi({
      'exemplars.get': MODEL,
      'exemplars.listEvidence': [evidence(7, 'Biên bản.pdf')],
      'exemplars.list': [],
      'exemplars.addEvidence': evidence(8, 'anh.png', 'image/png'),
      'exemplars.openEvidence': { opened: true, fileName: 'Biên bản.pdf', location: 'Thư mục Tải xuống' },
    });
    render(<ExemplarPage id={1} />);
    const input = await screen.findByLabelText('Chọn tệp minh chứng');
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'anh.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(sent(api, 'exemplars.addEvidence')).toEqual([
        { modelId: 1, file: { fileName: 'anh.png', base64: 'iVBORw==' } },
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mở Biên bản.pdf' }));
    await waitFor(() => expect(sent(api, 'exemplars.openEvidence')).toEqual([{ attachmentId: 7 }]));
  });

  it('is read-only while its movement is closed', async () => {
    fakeApi({
      'exemplars.get': { ...MODEL, readOnly: true },
      'exemplars.listEvidence': [evidence(7, 'Biên bản.pdf')],
    });
    render(<ExemplarPage id={1} />);
    await screen.findByRole('heading', { level: 1, name: 'Cô giáo dạy học miễn phí' });
    expect(screen.getAllByText('Phong trào đã kết thúc').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm tệp' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gỡ Biên bản.pdf' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mở Biên bản.pdf' })).toBeTruthy();
  });
});

describe('the models of a movement', () => {
  it('groups them by stage with a link to each', async () => {
    const api = fakeApi({
      'exemplars.list': [
        summary(1, 'Cô giáo dạy học miễn phí'),
        summary(2, 'Tổ dân phố sạch đẹp', { stage: 'replicated' }),
      ],
    });
    render(<MovementModels movementId={3} readOnly={false} />);
    const link = await screen.findByRole('link', { name: 'Tổ dân phố sạch đẹp' });
    expect(link.getAttribute('href')).toBe('#/dien-hinh-tien-tien/2');
    expect(screen.getByText('Nhân rộng')).toBeTruthy();
    expect(screen.queryByText('Tổng kết')).toBeNull();
    expect(sent(api, 'exemplars.list')).toEqual([{ movementId: 3 }]);
  });
});
