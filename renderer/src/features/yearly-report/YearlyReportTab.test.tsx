import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { YearlyReportTab } from './YearlyReportTab';
import { useYearlyReport } from './store';
import { NEW_2025, REPORT, SENT } from './test-fixtures';

vi.mock('../../components/PdfPreview', () => ({
  PdfPreview: ({ base64 }: { base64: string }) => <div data-testid="pdf">{base64}</div>,
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 15, 9, 0));
  useYearlyReport.setState({ year: 2026 });
});
afterEach(() => {
  vi.useRealTimers();
  window.location.hash = '';
});

const PDF = { base64: 'JVBERi0xLjQK', pageCount: 3, fileName: 'Bao-cao-tong-ket-2026.pdf' };
const section = (title: RegExp) => screen.getByRole('region', { name: title });
const overviewBox = () => screen.getByRole('textbox', { name: 'Đặc điểm tình hình' }) as HTMLTextAreaElement;
const type = (box: HTMLElement, value: string) => fireEvent.change(box, { target: { value } });
/** What yearlyReport.save would store for REPORT with some sections changed. */
const savedWith = (more: Partial<typeof REPORT>) => ({ ...REPORT, ...more });

describe('the yearly summary tab', () => {
  it('shows the stored number, date and text, and the app’s figures read-only above the typed text', async () => {
    const api = fakeApi({ 'yearlyReport.get': REPORT });
    render(<YearlyReportTab />);
    expect((await screen.findByTestId('yearly-report-status')).textContent).toBe('Đang soạn');
    expect(sent(api, 'yearlyReport.get')).toEqual([{ year: 2026 }]);
    // 15/12/2026 is the day itself (the clock is fixed at 15/12/2026): orange, the report not sent yet.
    const deadline = screen.getByTestId('yearly-report-deadline');
    expect(deadline.textContent).toBe('Hạn gửi thành phố: 15/12/2026 — hôm nay là hạn');
    expect(deadline.style.color).toBe('var(--mantine-color-orange-8)');
    expect((screen.getByRole('textbox', { name: 'Số báo cáo' }) as HTMLInputElement).value).toBe('12');
    expect(screen.getByText('In là: Số: 12/BC-UBND')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Ngày báo cáo' }) as HTMLInputElement).value).toBe(
      '14/12/2026',
    );
    expect(overviewBox().value).toBe('Phường có 30 đơn vị, 18.000 nhân khẩu.');
    expect(section(/Phương hướng, nhiệm vụ công tác thi đua, khen thưởng năm 2027/)).toBeTruthy();

    const movements = section(/^2\. Công tác tổ chức các phong trào thi đua/);
    const figures = within(movements).getByTestId('generated-movements');
    expect(figures.textContent).toContain('Số liệu do phần mềm tính từ dữ liệu');
    expect(figures.textContent).toContain('phát động 5 phong trào thi đua');
    expect(within(figures).queryByRole('textbox')).toBeNull();
    expect(within(movements).getByRole('textbox', { name: 'Nội dung soạn thêm' })).toBeTruthy();
    // Typed-only sections have no box of figures.
    expect(within(section(/Ưu điểm/)).queryByTestId(/^generated-/)).toBeNull();
  });

  it('saves the edited number and text with the button and with Ctrl+S', async () => {
    const api = fakeApi({
      'yearlyReport.get': REPORT,
      'yearlyReport.save': (input) =>
        savedWith({ reportNumber: input.reportNumber, sections: { ...REPORT.sections, ...input.sections } }),
    });
    render(<YearlyReportTab />);
    await screen.findByTestId('yearly-report-status');
    expect(screen.getByRole('button', { name: 'Lưu' })).toHaveProperty('disabled', true);
    type(screen.getByRole('textbox', { name: 'Số báo cáo' }), '15');
    expect(screen.getByText('In là: Số: 15/BC-UBND')).toBeTruthy();
    type(overviewBox(), 'Phường có 32 đơn vị.');
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu báo cáo tổng kết năm 2026.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.save')).toEqual([
      {
        year: 2026,
        reportNumber: '15',
        reportDate: '2026-12-14',
        sections: { ...REPORT.sections, overview: 'Phường có 32 đơn vị.' },
      },
    ]);
    await waitFor(() => expect(screen.queryByText('Có thay đổi chưa lưu.')).toBeNull());

    const strengths = within(section(/Ưu điểm/)).getByRole('textbox');
    type(strengths, 'Tổ chức tốt phong trào.');
    fireEvent.keyDown(strengths, { key: 's', code: 'KeyS', ctrlKey: true });
    await waitFor(() => expect(sent(api, 'yearlyReport.save')).toHaveLength(2));
    expect(
      (sent(api, 'yearlyReport.save')[1] as { sections: { strengths: string } }).sections.strengths,
    ).toBe('Tổ chức tốt phong trào.');
  });

  it('refuses a number with letters on its field, and shows the main process’s field messages', async () => {
    const api = fakeApi({
      'yearlyReport.get': REPORT,
      'yearlyReport.save': failure({
        code: 'VALIDATION',
        message: 'Dữ liệu chưa hợp lệ',
        fields: { 'sections.plans': 'Nội dung không được dài quá 20000 ký tự.' },
      }),
    });
    render(<YearlyReportTab />);
    await screen.findByTestId('yearly-report-status');
    const number = screen.getByRole('textbox', { name: 'Số báo cáo' });
    type(number, '12a');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Số báo cáo chỉ gồm chữ số (ví dụ 12).')).toBeTruthy();
    expect(sent(api, 'yearlyReport.save')).toHaveLength(0);

    type(number, '12');
    expect(screen.queryByText('Số báo cáo chỉ gồm chữ số (ví dụ 12).')).toBeNull();
    type(within(section(/Phương hướng/)).getByRole('textbox'), 'Rất dài');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(
      await within(section(/Phương hướng/)).findByText('Nội dung không được dài quá 20000 ký tự.'),
    ).toBeTruthy();
    expect(sent(api, 'yearlyReport.save')).toHaveLength(1);
  });

  it('shows a sent report read-only and reopens it only with a reason', async () => {
    const api = fakeApi({
      'yearlyReport.get': SENT,
      'yearlyReport.reopen': REPORT,
    });
    render(<YearlyReportTab />);
    expect((await screen.findByTestId('yearly-report-status')).textContent).toBe('Đã gửi ngày 15/12/2026');
    expect(screen.getByText(/Báo cáo đã gửi thành phố ngày 15\/12\/2026/)).toBeTruthy();
    expect(screen.queryByTestId('yearly-report-deadline')).toBeNull(); // nothing owed once sent
    expect(overviewBox().readOnly).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Số báo cáo' }) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã gửi' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Mở lại để sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại báo cáo năm 2026 để sửa' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại để sửa' }));
    expect(await within(dialog).findByText('Vui lòng nhập lý do mở lại.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.reopen')).toHaveLength(0);
    type(within(dialog).getByRole('textbox', { name: /Lý do mở lại/ }), 'Thành phố yêu cầu bổ sung số liệu');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại để sửa' }));
    expect(await screen.findByText('Đã mở lại báo cáo năm 2026 để sửa.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.reopen')).toEqual([
      { year: 2026, reason: 'Thành phố yêu cầu bổ sung số liệu' },
    ]);
    expect(screen.getByTestId('yearly-report-status').textContent).toBe('Đang soạn');
    expect(overviewBox().readOnly).toBe(false);
  });

  it('warns about empty sections before marking sent and shows what the main process finds missing', async () => {
    const missing = 'Chưa đánh dấu đã gửi được: báo cáo chưa có số và ngày báo cáo.';
    const api = fakeApi({
      'yearlyReport.get': REPORT,
      'yearlyReport.markSent': (input, i) =>
        i === 0 ? failure({ code: 'CONFLICT', message: missing }) : { ...SENT, sentOn: input.sentOn },
    });
    render(<YearlyReportTab />);
    await screen.findByTestId('yearly-report-status');
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã gửi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đánh dấu đã gửi báo cáo năm 2026' });
    expect((within(dialog).getByRole('textbox', { name: /Ngày gửi/ }) as HTMLInputElement).value).toBe(
      '15/12/2026',
    );
    const empty = within(dialog).getByRole('list', { name: 'Các mục sau chưa có nội dung:' });
    const items = within(empty)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(7);
    expect(items[0]).toBe('Công tác tổ chức các phong trào thi đua (mới có số liệu do phần mềm tính)');
    expect(items).toContain('Ưu điểm');
    expect(items).not.toContain('Đặc điểm tình hình');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Đánh dấu đã gửi' }));
    expect(await within(dialog).findByText(missing)).toBeTruthy();
    type(within(dialog).getByRole('textbox', { name: /Ngày gửi/ }), '16/12/2026');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đánh dấu đã gửi' }));
    expect(await screen.findByText('Đã đánh dấu báo cáo năm 2026 đã gửi ngày 16/12/2026.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.markSent')).toEqual([
      { year: 2026, sentOn: '2026-12-15' },
      { year: 2026, sentOn: '2026-12-16' },
    ]);
    expect(screen.getByTestId('yearly-report-status').textContent).toBe('Đã gửi ngày 16/12/2026');
  });

  it('saves unsaved text before the preview, then saves the PDF; exports the tables to Excel', async () => {
    const api = fakeApi({
      'yearlyReport.get': REPORT,
      'yearlyReport.save': (input) => savedWith({ sections: { ...REPORT.sections, ...input.sections } }),
      'yearlyReport.preview': PDF,
      'yearlyReport.savePdf': { saved: true, fileName: PDF.fileName, location: '/tmp', sizeBytes: 9000 },
      'yearlyReport.exportXlsx': {
        saved: true,
        fileName: 'Tong-ket-2026.xlsx',
        location: '/tmp',
        sizeBytes: 7000,
      },
    });
    render(<YearlyReportTab />);
    await screen.findByTestId('yearly-report-status');
    type(overviewBox(), 'Đã sửa.');
    fireEvent.click(screen.getByRole('button', { name: 'Xem báo cáo (PDF)' }));
    expect((await screen.findByTestId('pdf')).textContent).toBe(PDF.base64);
    const order = api.mock.calls.map(([channel]) => channel).filter((c) => c !== 'yearlyReport.get');
    expect(order).toEqual(['yearlyReport.save', 'yearlyReport.preview']);
    expect(sent(api, 'yearlyReport.preview')).toEqual([{ year: 2026 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu tệp PDF' }));
    expect(await screen.findByText('Đã lưu Bao-cao-tong-ket-2026.pdf.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.savePdf')).toEqual([{ year: 2026, delivery: 'save' }]);
    await waitFor(() => expect(screen.queryByTestId('pdf')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel các biểu' }));
    expect(await screen.findByText('Đã lưu Tong-ket-2026.xlsx.')).toBeTruthy();
    expect(sent(api, 'yearlyReport.exportXlsx')).toEqual([{ year: 2026 }]);
  });

  it('asks before switching year with unsaved text: stay, or drop it and read the other year', async () => {
    const api = fakeApi({ 'yearlyReport.get': (input) => (input.year === 2025 ? NEW_2025 : REPORT) });
    render(<YearlyReportTab />);
    await screen.findByTestId('yearly-report-status');
    type(overviewBox(), 'Chưa lưu');
    const pick2025 = async () => {
      fireEvent.click(screen.getByRole('combobox', { name: 'Năm báo cáo' }));
      fireEvent.click(await screen.findByRole('option', { name: '2025' }));
      return screen.findByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    };
    let dialog = await pick2025();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ở lại' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(overviewBox().value).toBe('Chưa lưu');
    expect(sent(api, 'yearlyReport.get')).toEqual([{ year: 2026 }]);

    dialog = await pick2025();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(sent(api, 'yearlyReport.get')).toEqual([{ year: 2026 }, { year: 2025 }]));
    expect(await screen.findByText(/Chưa lưu lần nào/)).toBeTruthy();
    expect(overviewBox().value).toBe('');
  });

  it('holds back leaving for another page until saved, and keeps unsaved text when the tab is left anyway', async () => {
    const api = fakeApi({
      'yearlyReport.get': REPORT,
      'yearlyReport.save': (input) => savedWith({ sections: { ...REPORT.sections, ...input.sections } }),
    });
    const first = render(
      <>
        <a href="#/tong-quan">Tổng quan</a>
        <YearlyReportTab />
      </>,
    );
    await screen.findByTestId('yearly-report-status');
    type(overviewBox(), 'Sửa dở');
    fireEvent.click(screen.getByRole('link', { name: 'Tổng quan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    expect(window.location.hash).toBe('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu rồi tiếp tục' }));
    await waitFor(() => expect(window.location.hash).toBe('#/tong-quan'));
    expect(sent(api, 'yearlyReport.save')).toHaveLength(1);

    // Left without the guard (e.g. the browser's back): the text waits in the store.
    type(overviewBox(), 'Sửa tiếp');
    first.unmount();
    render(<YearlyReportTab />);
    await waitFor(() => expect(sent(api, 'yearlyReport.get')).toHaveLength(2));
    expect(overviewBox().value).toBe('Sửa tiếp');
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeTruthy();
  });
});
