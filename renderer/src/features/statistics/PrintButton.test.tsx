import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { PdfFile } from '../../../../shared/schemas/documents';
import { fakeApi, sent } from '../../test/fake-api';
import { render } from '../../test/render';
import { StatisticsTab } from './StatisticsTab';
import { useStatistics } from './store';
import { CHARTS, REPORT } from './test-fixtures';

vi.mock('../../components/PdfPreview', () => ({
  PdfPreview: ({ base64 }: { base64: string }) => <div data-testid="pdf">{base64}</div>,
}));

const PDF: PdfFile = { base64: 'JVBERi0xLjc=', pageCount: 5, fileName: 'Thong-ke-2021-2026.pdf' };

const replies = () => ({
  'statistics.tables': (r: { fromYear: number; toYear: number }) => REPORT(r.fromYear, r.toYear),
  'statistics.charts': (r: { fromYear: number; toYear: number }) => CHARTS(r.fromYear, r.toYear),
  'statistics.pdfPreview': PDF,
  'statistics.pdfSave': { saved: true as const, fileName: PDF.fileName, location: '/tmp', sizeBytes: 900 },
});

const printButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'In (PDF)' });

describe('In (PDF) on the Thống kê tab', () => {
  it('previews the PDF of the chosen range and opens it to print', async () => {
    useStatistics.setState({ fromYear: 2021, toYear: 2026 });
    const api = fakeApi(replies());
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });
    fireEvent.click(printButton());
    expect((await screen.findByTestId('pdf')).textContent).toBe(PDF.base64);
    expect(sent(api, 'statistics.pdfPreview')).toEqual([{ fromYear: 2021, toYear: 2026 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Mở để in' }));
    expect(await screen.findByText('Đã lưu Thong-ke-2021-2026.pdf.')).toBeTruthy();
    expect(sent(api, 'statistics.pdfSave')).toEqual([{ fromYear: 2021, toYear: 2026, delivery: 'open' }]);
    await waitFor(() => expect(screen.queryByTestId('pdf')).toBeNull());
  });

  it('saves the PDF through "Lưu tệp PDF"', async () => {
    useStatistics.setState({ fromYear: 2026, toYear: 2026 });
    const api = fakeApi(replies());
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });
    fireEvent.click(printButton());
    await screen.findByTestId('pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu tệp PDF' }));
    await waitFor(() =>
      expect(sent(api, 'statistics.pdfSave')).toEqual([{ fromYear: 2026, toYear: 2026, delivery: 'save' }]),
    );
  });

  it('is disabled while the range ends before it starts, or spans more than 30 years', async () => {
    useStatistics.setState({ fromYear: 2026, toYear: 2025 });
    const api = fakeApi(replies());
    render(<StatisticsTab />);
    await waitFor(() => expect(sent(api, 'statistics.tables')).toHaveLength(1));
    expect(printButton().disabled).toBe(true);
    fireEvent.click(printButton());
    useStatistics.setState({ fromYear: 1990, toYear: 2026 });
    await waitFor(() => expect(printButton().disabled).toBe(true));
    useStatistics.setState({ fromYear: 2025, toYear: 2026 });
    await waitFor(() => expect(printButton().disabled).toBe(false));
    expect(sent(api, 'statistics.pdfPreview')).toHaveLength(0);
  });
});
