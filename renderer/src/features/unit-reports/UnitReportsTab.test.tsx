import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { UnitReportsTab } from './UnitReportsTab';
import { useUnitReports } from './store';
import { OVERVIEW, PDF, received, row } from './test-fixtures';

vi.mock('../../components/PdfPreview', () => ({
  PdfPreview: ({ base64 }: { base64: string }) => <div data-testid="pdf">{base64}</div>,
}));

beforeEach(() => {
  // Only the clock: the timers stay real so that the screen's debounce and findBy still run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0));
  useUnitReports.setState({ year: 2026 });
});
afterEach(() => vi.useRealTimers());

const table = () => screen.getByRole('table', { name: 'Báo cáo của các đơn vị' });
const rowOf = (unit: string) => within(table()).getByText(unit).closest('tr')!;
const unitsShown = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('td:nth-child(2) p')!.textContent);

describe('the unit reports tab', () => {
  it('lists the units of the year with the deadline, the counts and each report’s status', async () => {
    const api = fakeApi({ 'unitReports.list': OVERVIEW });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    expect(sent(api, 'unitReports.list')).toEqual([{ year: 2026 }]);
    expect(screen.getByTestId('unit-reports-deadline').textContent).toBe('Hạn nộp: 10/12/2026 — còn 14 ngày');
    expect(screen.getByRole('button', { name: 'Phải nộp: 4 đơn vị' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đúng hạn: 1 đơn vị' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nộp muộn: 1 đơn vị' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chưa nộp: 2 đơn vị' })).toBeTruthy();

    const youth = rowOf('Đoàn Thanh niên phường');
    expect(youth.textContent).toContain('Phạm Thu Hà');
    expect(youth.textContent).toContain('0912 345 678');
    expect(youth.textContent).toContain('05/12/2026');
    expect(youth.textContent).toContain('Nhận bản giấy');
    expect(within(youth).getByText('Đúng hạn').closest('[data-status]')!.getAttribute('data-status')).toBe(
      'on_time',
    );
    expect(within(youth).getByRole('button', { name: 'Mở tệp bao-cao-doan-tn.pdf' })).toBeTruthy();
    const veterans = rowOf('Hội Cựu chiến binh');
    expect(within(veterans).getByText('Nộp muộn')).toBeTruthy();
    expect(within(veterans).getByText('sau hạn 3 ngày')).toBeTruthy();
    const clinic = rowOf('Trạm y tế phường');
    expect(within(clinic).getByText('Chưa nộp (còn hạn)')).toBeTruthy();
    expect(
      within(clinic).getByRole('button', { name: 'Ghi nhận báo cáo của Trạm y tế phường' }),
    ).toBeTruthy();
    expect(within(clinic).queryByRole('button', { name: /^Xóa ghi nhận/ })).toBeNull();
    const company = rowOf('Công ty TNHH Hải Long');
    expect(within(company).getByText('Không thuộc diện phải nộp')).toBeTruthy();
  });

  it('shows the deadline orange in its last two weeks and red once passed while units are missing', async () => {
    const overdue = {
      ...OVERVIEW,
      rows: OVERVIEW.rows.map((r) => (r.status === 'pending' ? { ...r, status: 'missing' as const } : r)),
      counts: { ...OVERVIEW.counts, pending: 0, missing: 2 },
    };
    fakeApi({ 'unitReports.list': (_input, i) => (i === 0 ? OVERVIEW : overdue) });
    const first = render(<UnitReportsTab />);
    const line = await screen.findByTestId('unit-reports-deadline');
    expect(line.style.color).toBe('var(--mantine-color-orange-8)');
    first.unmount();

    vi.setSystemTime(new Date(2026, 11, 13, 9, 0));
    render(<UnitReportsTab />);
    await screen.findAllByText('Chưa nộp (quá hạn)');
    const late = screen.getByTestId('unit-reports-deadline');
    expect(late.textContent).toBe('Hạn nộp: 10/12/2026 — đã quá hạn 3 ngày');
    expect(late.style.color).toBe('var(--mantine-color-red-8)');
    expect(screen.getByRole('button', { name: 'Chưa nộp: 2 đơn vị' })).toBeTruthy();
  });

  it('filters the table by a count and by a search without tone marks', async () => {
    fakeApi({ 'unitReports.list': OVERVIEW });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    expect(unitsShown()).toHaveLength(5);

    const notIn = screen.getByRole('button', { name: 'Chưa nộp: 2 đơn vị' });
    fireEvent.click(notIn);
    expect(notIn.getAttribute('aria-pressed')).toBe('true');
    expect(unitsShown()).toEqual(['Trạm y tế phường', 'Trường THCS Lê Chân']);
    // "Phải nộp" leaves out the company that reported without having to.
    fireEvent.click(screen.getByRole('button', { name: 'Phải nộp: 4 đơn vị' }));
    expect(unitsShown()).not.toContain('Công ty TNHH Hải Long');
    expect(unitsShown()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Phải nộp: 4 đơn vị' }));
    expect(unitsShown()).toHaveLength(5);

    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm đơn vị, người liên hệ' }), {
      target: { value: 'dang van duc' },
    });
    await waitFor(() => expect(unitsShown()).toEqual(['Trạm y tế phường']));
    fireEvent.click(screen.getByRole('button', { name: 'Nộp muộn: 1 đơn vị' }));
    expect(await screen.findByText('Không có đơn vị nào phù hợp với bộ lọc.')).toBeTruthy();
  });

  it('records a report with its date, note and file, says at once whether it is late, shows a refusal on its field', async () => {
    const api = fakeApi({
      'unitReports.list': OVERVIEW,
      'unitReports.record': (input, i) =>
        i === 0
          ? failure({
              code: 'VALIDATION',
              message: 'Dữ liệu chưa hợp lệ',
              fields: { file: 'Tệp “bao-cao.pdf” không phải PDF, Word, Excel hoặc ảnh.' },
            })
          : row(3, 'Trạm y tế phường', {
              status: 'late',
              report: received({ receivedOn: input.receivedOn, onTime: false }),
            }),
    });
    render(<UnitReportsTab />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận báo cáo của Trạm y tế phường' }));
    const dialog = await screen.findByRole('dialog', { name: 'Báo cáo năm 2026: Trạm y tế phường' });
    const date = within(dialog).getByRole('textbox', { name: /Ngày nhận/ }) as HTMLInputElement;
    expect(date.value).toBe('26/11/2026');
    expect(within(dialog).getByRole('status').textContent).toBe('Tính là nộp đúng hạn (hạn 10/12/2026).');
    fireEvent.change(date, { target: { value: '12/12/2026' } });
    expect(within(dialog).getByRole('status').textContent).toBe('Tính là nộp muộn 2 ngày (hạn 10/12/2026).');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Ghi chú' }), {
      target: { value: 'Gửi qua thư điện tử' },
    });
    const file = new File(['abc'], 'bao-cao.pdf', { type: 'application/pdf' });
    fireEvent.change(within(dialog).getByLabelText('Tệp báo cáo'), { target: { files: [file] } });
    expect(within(dialog).getByText(/Sẽ đính kèm: bao-cao.pdf/)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Tệp “bao-cao.pdf” không phải PDF, Word, Excel hoặc ảnh.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã ghi nhận báo cáo của Trạm y tế phường.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(api, 'unitReports.record')[1]).toEqual({
      unitId: 3,
      year: 2026,
      receivedOn: '2026-12-12',
      note: 'Gửi qua thư điện tử',
      file: { fileName: 'bao-cao.pdf', base64: 'YWJj' },
    });
    // The list (and its counts) is read again after the write.
    await waitFor(() => expect(sent(api, 'unitReports.list')).toHaveLength(2));
  });

  it('refuses an empty date in the dialog and keeps the attached file when none is picked', async () => {
    const api = fakeApi({
      'unitReports.list': OVERVIEW,
      'unitReports.record': OVERVIEW.rows[1]!,
    });
    render(<UnitReportsTab />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Sửa ghi nhận báo cáo của Đoàn Thanh niên phường' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Đang đính kèm: bao-cao-doan-tn.pdf/)).toBeTruthy();
    const date = within(dialog).getByRole('textbox', { name: /Ngày nhận/ });
    expect((date as HTMLInputElement).value).toBe('05/12/2026');
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Vui lòng nhập ngày nhận báo cáo.')).toBeTruthy();
    expect(sent(api, 'unitReports.record')).toHaveLength(0);
    fireEvent.change(date, { target: { value: '6/12/2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu ghi nhận báo cáo của Đoàn Thanh niên phường.')).toBeTruthy();
    expect(sent(api, 'unitReports.record')).toEqual([
      { unitId: 1, year: 2026, receivedOn: '2026-12-06', note: 'Nhận bản giấy' },
    ]);
  });

  it('removes a file and a record only after asking', async () => {
    const api = fakeApi({
      'unitReports.list': OVERVIEW,
      'unitReports.removeFile': OVERVIEW.rows[1]!,
      'unitReports.remove': row(2, 'Hội Cựu chiến binh', { status: 'pending' }),
    });
    render(<UnitReportsTab />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ tệp báo cáo của Đoàn Thanh niên phường' }));
    let dialog = await screen.findByRole('dialog', { name: 'Gỡ tệp báo cáo?' });
    expect(
      within(dialog).getByText(/Gỡ tệp “bao-cao-doan-tn.pdf” khỏi báo cáo của Đoàn Thanh niên phường/),
    ).toBeTruthy();
    expect(sent(api, 'unitReports.removeFile')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gỡ tệp' }));
    expect(await screen.findByText('Đã gỡ tệp “bao-cao-doan-tn.pdf”.')).toBeTruthy();
    expect(sent(api, 'unitReports.removeFile')).toEqual([{ unitId: 1, year: 2026 }]);

    // The late report has no file: nothing to remove but the record itself.
    const veterans = rowOf('Hội Cựu chiến binh');
    expect(within(veterans).queryByRole('button', { name: /^Gỡ tệp/ })).toBeNull();
    fireEvent.click(
      within(veterans).getByRole('button', { name: 'Xóa ghi nhận báo cáo của Hội Cựu chiến binh' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Xóa ghi nhận báo cáo?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(api, 'unitReports.remove')).toHaveLength(0);
    fireEvent.click(
      within(veterans).getByRole('button', { name: 'Xóa ghi nhận báo cáo của Hội Cựu chiến binh' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Xóa ghi nhận báo cáo?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa ghi nhận' }));
    expect(await screen.findByText('Đã xóa ghi nhận báo cáo của Hội Cựu chiến binh.')).toBeTruthy();
    expect(sent(api, 'unitReports.remove')).toEqual([{ unitId: 2, year: 2026 }]);
  });

  it('opens an attached file through the desktop', async () => {
    const api = fakeApi({
      'unitReports.list': OVERVIEW,
      'unitReports.openFile': {
        opened: true,
        fileName: 'bao-cao-doan-tn.pdf',
        location: '/tmp/bao-cao-doan-tn.pdf',
      },
    });
    render(<UnitReportsTab />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mở tệp bao-cao-doan-tn.pdf' }));
    expect(await screen.findByText('Đã mở “bao-cao-doan-tn.pdf” (/tmp/bao-cao-doan-tn.pdf).')).toBeTruthy();
    expect(sent(api, 'unitReports.openFile')).toEqual([{ unitId: 1, year: 2026 }]);
  });

  it('previews the chase list of the units not in and opens it to print', async () => {
    const api = fakeApi({
      'unitReports.list': OVERVIEW,
      'unitReports.chasePreview': PDF,
      'unitReports.chaseSave': { saved: true, fileName: PDF.fileName, location: '/tmp', sizeBytes: 900 },
    });
    render(<UnitReportsTab />);
    fireEvent.click(await screen.findByRole('button', { name: 'In danh sách đơn vị chưa nộp' }));
    expect((await screen.findByTestId('pdf')).textContent).toBe(PDF.base64);
    expect(sent(api, 'unitReports.chasePreview')).toEqual([{ year: 2026 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Mở để in' }));
    expect(await screen.findByText('Đã lưu Don-vi-chua-nop-2026.pdf.')).toBeTruthy();
    expect(sent(api, 'unitReports.chaseSave')).toEqual([{ year: 2026, delivery: 'open' }]);
    await waitFor(() => expect(screen.queryByTestId('pdf')).toBeNull());
  });

  it('leaves the chase list idle when every unit has reported, and reads another year when picked', async () => {
    const allIn = {
      ...OVERVIEW,
      year: 2025,
      deadline: '2025-12-10',
      rows: OVERVIEW.rows.slice(0, 3),
      counts: { expected: 2, onTime: 1, late: 1, pending: 0, missing: 0 },
    };
    const api = fakeApi({ 'unitReports.list': (input) => (input.year === 2025 ? allIn : OVERVIEW) });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Năm báo cáo' }));
    fireEvent.click(await screen.findByRole('option', { name: '2025' }));
    expect(await screen.findByText('Hạn nộp: 10/12/2025 (đã qua)')).toBeTruthy();
    expect(sent(api, 'unitReports.list')).toEqual([{ year: 2026 }, { year: 2025 }]);
    const chase = screen.getByRole('button', { name: 'In danh sách đơn vị chưa nộp' });
    expect(chase.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(chase);
    expect(sent(api, 'unitReports.chasePreview')).toHaveLength(0);
  });
});
