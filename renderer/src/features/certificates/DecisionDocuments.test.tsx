import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, failure, sent } from '../../test/fake-api';
import { DecisionDocuments } from './DecisionDocuments';
import { useDocuments } from './store';
import { LINES, PDF, SIGNED } from './test-fixtures';

vi.mock('../../components/PdfPreview', () => ({
  PdfPreview: ({ base64 }: { base64: string }) => <div data-testid="pdf">{base64}</div>,
}));

afterEach(() => {
  useDocuments.setState({ job: null, preview: null, busy: false, error: null });
});

const progress = [
  { done: 0, total: 3, status: 'running' as const, message: null },
  { done: 2, total: 3, status: 'running' as const, message: null },
  { done: 3, total: 3, status: 'done' as const, message: null },
];

describe('DecisionDocuments', () => {
  it('renders the ticked lines with progress, previews them and records the prints on save', async () => {
    const api = fakeApi({
      'documents.certificatesStart': { jobId: 'j1', total: 2 },
      'documents.certificatesProgress': (_input, i) => progress[Math.min(i, 2)]!,
      'documents.certificatesResult': PDF,
      'documents.certificatesSave': { saved: true, fileName: PDF.fileName, location: '/tmp', sizeBytes: 10 },
      'documents.certificatesDiscard': { discarded: true },
    });
    render(<DecisionDocuments decision={SIGNED} lines={LINES} selectedLineIds={[1, 3]} />);
    fireEvent.click(screen.getByRole('button', { name: 'In Giấy khen' }));
    expect(await screen.findByText('In Giấy khen cho 2 dòng đã chọn')).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'In trên phôi in sẵn' }));
    expect(await screen.findByText('Đang tạo 2/3 giấy khen…', {}, { timeout: 2000 })).toBeTruthy();
    expect(await screen.findByTestId('pdf', {}, { timeout: 2000 })).toBeTruthy();
    expect(sent(api, 'documents.certificatesStart')).toEqual([
      { decisionId: 7, lineIds: [1, 3], mode: 'blank_form' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu tệp PDF' }));
    expect(await screen.findByText(/Đã lưu .* và ghi nhận 2 lần in Giấy khen/)).toBeTruthy();
    expect(sent(api, 'documents.certificatesSave')).toEqual([{ jobId: 'j1', delivery: 'save' }]);
  });

  it('opens the certificates in the PDF viewer to print, recording the prints', async () => {
    const api = fakeApi({
      'documents.certificatesStart': { jobId: 'j3', total: 2 },
      'documents.certificatesProgress': progress[2]!,
      'documents.certificatesResult': PDF,
      'documents.certificatesSave': { saved: true, fileName: PDF.fileName, location: '/tmp', sizeBytes: 10 },
      'documents.certificatesDiscard': { discarded: true },
    });
    const onPrinted = vi.fn();
    render(
      <DecisionDocuments decision={SIGNED} lines={LINES} selectedLineIds={[1, 3]} onPrinted={onPrinted} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'In Giấy khen' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'In cả trang (giấy trắng)' }));
    expect(await screen.findByTestId('pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mở để in' }));
    expect(await screen.findByText(/Đã mở .* để in và ghi nhận 2 lần in Giấy khen/)).toBeTruthy();
    expect(sent(api, 'documents.certificatesSave')).toEqual([{ jobId: 'j3', delivery: 'open' }]);
    expect(onPrinted).toHaveBeenCalledTimes(1);
  });

  it('shows why a failed render produced nothing', async () => {
    fakeApi({
      'documents.certificatesStart': { jobId: 'j2', total: 3 },
      'documents.certificatesProgress': {
        done: 1,
        total: 3,
        status: 'failed',
        message: 'Không tạo được Giấy khen.',
      },
    });
    render(<DecisionDocuments decision={SIGNED} lines={LINES} selectedLineIds={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'In Giấy khen' }));
    expect(await screen.findByText('In Giấy khen cho cả danh sách (3)')).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'In cả trang (giấy trắng)' }));
    expect(await screen.findByText('Không tạo được Giấy khen.')).toBeTruthy();
    expect(screen.queryByTestId('pdf')).toBeNull();
  });

  it('keeps certificates of a draft off and still previews the decision', async () => {
    const api = fakeApi({ 'documents.decisionPreview': { ...PDF, fileName: 'QD-du-thao-7.pdf' } });
    render(
      <DecisionDocuments decision={{ ...SIGNED, status: 'draft' }} lines={LINES} selectedLineIds={[]} />,
    );
    expect((screen.getByRole('button', { name: 'In Giấy khen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/chỉ in được Giấy khen sau khi ký/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem quyết định (PDF)' }));
    expect(await screen.findByText('Xem trước: QD-du-thao-7.pdf')).toBeTruthy();
    expect(sent(api, 'documents.decisionPreview')).toEqual([{ id: 7 }]);
  });

  it('lists the prints of the one ticked line', async () => {
    fakeApi({
      'documents.printHistory': [
        {
          id: 1,
          lineId: 2,
          printedAt: '2026-07-06T03:04:00.000Z',
          printedBy: 'Nguyễn Thu Trang',
          mode: 'full',
          copies: 1,
        },
      ],
    });
    render(<DecisionDocuments decision={SIGNED} lines={LINES} selectedLineIds={[2]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lịch sử in Giấy khen' }));
    expect(await screen.findByText('Nguyễn Thu Trang')).toBeTruthy();
    expect(screen.getByText('In cả trang')).toBeTruthy();
    expect(screen.getByText('Lịch sử in Giấy khen: Lê Thị Hường')).toBeTruthy();
  });

  it('reports a refused decision preview', async () => {
    fakeApi({
      'documents.decisionPreview': failure({ code: 'NOT_FOUND', message: 'Không tìm thấy quyết định.' }),
    });
    render(<DecisionDocuments decision={SIGNED} lines={LINES} selectedLineIds={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xem quyết định (PDF)' }));
    await waitFor(() => expect(screen.getByText('Không tìm thấy quyết định.')).toBeTruthy());
  });
});

describe('printing again', () => {
  it('says how many of the certificates about to print were printed before, and when last', async () => {
    fakeApi({});
    const printed = [
      { ...LINES[0]!, printCount: 2, lastPrintedAt: '2026-07-06T02:15:00.000Z' },
      { ...LINES[1]!, printCount: 1, lastPrintedAt: '2026-07-05T01:00:00.000Z' },
      LINES[2]!,
    ];
    render(<DecisionDocuments decision={SIGNED} lines={printed} selectedLineIds={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'In Giấy khen' }));
    expect(
      await screen.findByText(/In lại: 2 giấy khen đã in trước đây \(lần gần nhất 06\/07\/2026 \d\d:15\)/),
    ).toBeTruthy();
  });

  it('says nothing of reprints when the ticked lines were never printed', async () => {
    fakeApi({});
    const printed = [{ ...LINES[0]!, printCount: 1, lastPrintedAt: '2026-07-06T02:15:00.000Z' }, LINES[1]!];
    render(<DecisionDocuments decision={SIGNED} lines={printed} selectedLineIds={[2]} />);
    fireEvent.click(screen.getByRole('button', { name: 'In Giấy khen' }));
    expect(await screen.findByText('In Giấy khen cho 1 dòng đã chọn')).toBeTruthy();
    expect(screen.queryByText(/In lại/)).toBeNull();
  });
});
