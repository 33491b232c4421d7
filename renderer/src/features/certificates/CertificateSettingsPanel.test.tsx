import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { CertificateSettingsPanel } from './CertificateSettingsPanel';
import { useCertificateLayout } from './layoutStore';
import { LAYOUT, PDF } from './test-fixtures';

vi.mock('../../components/PdfPreview', () => ({
  PdfPreview: ({ base64 }: { base64: string }) => <div data-testid="pdf">{base64}</div>,
}));

afterEach(() => {
  useCertificateLayout.setState({
    status: 'idle',
    layout: null,
    preview: null,
    previewError: null,
    busy: false,
  });
});

describe('CertificateSettingsPanel', () => {
  it('refuses a position out of range in the form with the same message as the main process', async () => {
    const api = fakeApi({ 'documents.layoutGet': LAYOUT, 'documents.layoutSetBlank': LAYOUT });
    render(<CertificateSettingsPanel />);
    const x = await screen.findByLabelText('Họ tên: Cách trái (mm)');
    fireEvent.change(x, { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Vị trí ngang không được quá 420 mm.')).toBeTruthy();
    expect(sent(api, 'documents.layoutSetBlank')).toEqual([]);
    fireEvent.change(x, { target: { value: '62' } });
    fireEvent.change(screen.getByLabelText('Lệch ngang (mm)'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu mẫu Giấy khen.')).toBeTruthy();
    const saved = sent(api, 'documents.layoutSetBlank')[0] as typeof LAYOUT.blank;
    expect(saved.fields.name.xMm).toBe(62);
    expect(saved.offset).toEqual({ xMm: 3, yMm: 0 });
  });

  it('previews a sample with the layout being edited and the calibration page', async () => {
    const api = fakeApi({
      'documents.layoutGet': LAYOUT,
      'documents.samplePreview': { ...PDF, fileName: 'Giay-khen-mau.pdf' },
      'documents.calibrationPreview': { ...PDF, fileName: 'Trang-can-chinh-phoi.pdf' },
      'documents.calibrationSave': {
        saved: true,
        fileName: 'Trang-can-chinh-phoi.pdf',
        location: '/tmp',
        sizeBytes: 1,
      },
    });
    render(<CertificateSettingsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thử' }));
    expect(await screen.findByText('Xem trước: Giay-khen-mau.pdf')).toBeTruthy();
    expect(sent(api, 'documents.samplePreview')[0]).toMatchObject({ mode: 'full', full: LAYOUT.full });
    useCertificateLayout.getState().closePreview();
    fireEvent.click(screen.getByRole('button', { name: 'In trang căn chỉnh' }));
    expect(await screen.findByText('Xem trước: Trang-can-chinh-phoi.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu / In' }));
    expect(await screen.findByText('Đã lưu Trang-can-chinh-phoi.pdf.')).toBeTruthy();
  });
});
