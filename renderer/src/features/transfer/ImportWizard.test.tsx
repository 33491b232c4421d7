import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportPreview, ImportSummary } from '../../../../shared/schemas/registry/transfer';
import { setTransportForTests } from '../../lib/api';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { UNITS, deferred } from '../../test/registry-fixtures';
import { ExportStatus, TransferActions } from './TransferActions';
import { useTransfer } from './store';

const PREVIEW: ImportPreview = {
  kind: 'people',
  sheetName: 'Danh sách',
  headerRow: 7,
  columns: [{ header: 'Họ và tên', field: 'fullName' }],
  rows: [
    {
      rowNumber: 9,
      status: 'ok',
      label: 'Nguyễn Thị Ngọc Ánh',
      cells: {},
      problems: [],
      fixes: [],
      duplicateOf: null,
    },
    {
      rowNumber: 12,
      status: 'ok',
      label: 'Đặng Thị Hoa',
      cells: {},
      problems: [],
      fixes: ['Đã sửa ký tự Ð thành Đ'],
      duplicateOf: null,
    },
    {
      rowNumber: 13,
      status: 'duplicate',
      label: 'Trần Văn Đức',
      cells: {},
      problems: [],
      fixes: [],
      duplicateOf: { id: 43, label: 'Trần Văn Đức (1990, Trường Tiểu học Lê Chân)' },
    },
    {
      rowNumber: 14,
      status: 'error',
      label: 'Phạm Minh Tuấn',
      cells: {},
      problems: ['Ngày sinh “31/02/1992” không có thật.'],
      fixes: [],
      duplicateOf: null,
    },
    {
      rowNumber: 15,
      status: 'error',
      label: '',
      cells: {},
      problems: ['Thiếu họ và tên.'],
      fixes: [],
      duplicateOf: null,
    },
  ],
  counts: { ok: 2, duplicate: 1, error: 2 },
};

const SUMMARY: ImportSummary = {
  kind: 'people',
  fileName: 'de-nghi.xlsx',
  at: '2026-11-26T10:00:00.000Z',
  counts: { imported: 2, updated: 1, skipped: 0, refused: 2 },
  rows: [
    { rowNumber: 9, label: 'Nguyễn Thị Ngọc Ánh', outcome: 'imported', reason: null, recordId: 50 },
    { rowNumber: 12, label: 'Đặng Thị Hoa', outcome: 'imported', reason: null, recordId: 51 },
    { rowNumber: 13, label: 'Trần Văn Đức', outcome: 'updated', reason: null, recordId: 43 },
    {
      rowNumber: 14,
      label: 'Phạm Minh Tuấn',
      outcome: 'refused',
      reason: 'Ngày sinh “31/02/1992” không có thật.',
      recordId: null,
    },
    { rowNumber: 15, label: '', outcome: 'refused', reason: 'Thiếu họ và tên.', recordId: null },
  ],
};

const FILTER = {
  query: '',
  unitId: null,
  staffCategory: null,
  gender: null,
  status: 'active' as const,
  trashed: false,
};
const SAVED = {
  saved: true as const,
  fileName: 'x.xlsx',
  location: 'Thư mục Tải xuống của trình duyệt',
  sizeBytes: 10,
};

function renderActions(replies: Parameters<typeof fakeApi>[0] = {}) {
  const transport = fakeApi({
    'imports.template': SAVED,
    'imports.preview': PREVIEW,
    'imports.commit': SUMMARY,
    'imports.saveSummary': SAVED,
    'people.export': SAVED,
    'units.list': UNITS,
    ...replies,
  });
  const onImported = vi.fn();
  render(<TransferActions kind="people" filter={FILTER} onImported={onImported} />);
  return { transport, onImported };
}

const xlsx = (name = 'de-nghi.xlsx', text = 'PK-bytes') => new File([text], name);
const fileInput = () => document.querySelector<HTMLInputElement>('input[type=file]')!;
const pick = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const dialog = () => screen.getByRole('dialog');

async function openAndPreview(replies: Parameters<typeof fakeApi>[0] = {}) {
  const result = renderActions(replies);
  fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
  await screen.findByRole('dialog');
  pick(xlsx());
  await within(dialog()).findByText('Tệp “de-nghi.xlsx”, trang tính “Danh sách”, dòng tiêu đề 7.');
  return result;
}

const countOf = (key: string) =>
  within(screen.getByTestId(`count-${key}`)).getByRole('definition').textContent;

describe('Import wizard', () => {
  it('saves the template for the list’s kind and says where', async () => {
    const { transport } = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    expect(await screen.findByRole('dialog', { name: 'Nhập cá nhân từ Excel' })).toBeTruthy();
    expect(within(dialog()).getByText(/tối đa 10 MB/)).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Tải tệp mẫu' }));
    expect(await within(dialog()).findByText('Đã lưu: Thư mục Tải xuống của trình duyệt')).toBeTruthy();
    expect(sent(transport, 'imports.template')).toEqual([{ kind: 'people' }]);
  });

  it('sends the picked file as base64 and shows the counts and each row’s problems and fixes', async () => {
    const { transport } = await openAndPreview();
    expect(sent(transport, 'imports.preview')).toEqual([
      { kind: 'people', file: { fileName: 'de-nghi.xlsx', base64: btoa('PK-bytes') }, defaultUnitId: null },
    ]);
    expect(countOf('ok')).toBe('2');
    expect(countOf('duplicate')).toBe('1');
    expect(countOf('error')).toBe('2');

    const table = within(dialog()).getByRole('table', { name: 'Các dòng trong tệp' });
    const tuan = within(table).getByRole('row', { name: /Phạm Minh Tuấn/ });
    expect(within(tuan).getAllByRole('cell')[0]!.textContent).toBe('14');
    expect(within(tuan).getByText('Lỗi')).toBeTruthy();
    expect(within(tuan).getByText('Ngày sinh “31/02/1992” không có thật.')).toBeTruthy();
    expect(within(table).getByText('Đã sửa ký tự Ð thành Đ')).toBeTruthy();
    expect(
      within(table).getByText('Trùng với bản ghi đã có: Trần Văn Đức (1990, Trường Tiểu học Lê Chân)'),
    ).toBeTruthy();
  });

  it('sends the unit chosen for unmatched rows with the preview and the commit, reading the file again on change', async () => {
    const { transport } = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    await screen.findByRole('dialog');
    const unit = () => within(dialog()).getByRole('combobox', { name: 'Đơn vị cho các dòng không khớp' });
    fireEvent.click(unit());
    fireEvent.click(await screen.findByRole('option', { name: 'Trường Tiểu học Lê Chân' }));
    pick(xlsx());
    await within(dialog()).findByRole('button', { name: 'Nhập 2 dòng' });
    expect(sent(transport, 'imports.preview')).toMatchObject([{ kind: 'people', defaultUnitId: 2 }]);

    fireEvent.click(unit());
    fireEvent.click(await screen.findByRole('option', { name: 'Ủy ban nhân dân phường' }));
    await waitFor(() => expect(sent(transport, 'imports.preview')).toHaveLength(2));
    expect(sent(transport, 'imports.preview')[1]).toMatchObject({
      defaultUnitId: 1,
      file: { fileName: 'de-nghi.xlsx' },
    });
    await within(dialog()).findByRole('button', { name: 'Nhập 2 dòng' });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Nhập 2 dòng' }));
    await within(dialog()).findByText('Đã nhập xong tệp “de-nghi.xlsx”.');
    expect(sent(transport, 'imports.commit')).toMatchObject([{ defaultUnitId: 1, duplicateAction: 'skip' }]);
  });

  it('offers no unit for unmatched rows when importing units', async () => {
    fakeApi({ 'units.list': UNITS });
    render(<TransferActions kind="units" filter={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    expect(await screen.findByRole('dialog', { name: 'Nhập đơn vị từ Excel' })).toBeTruthy();
    expect(within(dialog()).queryByRole('combobox')).toBeNull();
  });

  it('filters the rows by the Lỗi and Trùng tabs', async () => {
    await openAndPreview();
    fireEvent.click(within(dialog()).getByRole('tab', { name: 'Lỗi (2)' }));
    let rows = within(within(dialog()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toHaveLength(2);
    expect(within(dialog()).queryByText('Nguyễn Thị Ngọc Ánh')).toBeNull();
    fireEvent.click(within(dialog()).getByRole('tab', { name: 'Trùng (1)' }));
    rows = within(within(dialog()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByText('Trần Văn Đức')).toBeTruthy();
  });

  it('sends the duplicate choice with the commit, counts it in the button, then shows the summary', async () => {
    const { transport, onImported } = await openAndPreview();
    expect(within(dialog()).getByRole('button', { name: 'Nhập 2 dòng' })).toBeTruthy();
    expect(
      (within(dialog()).getByRole('radio', { name: 'Bỏ qua bản ghi trùng' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Cập nhật bản ghi đã có' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Nhập 3 dòng' }));

    expect(await within(dialog()).findByText('Đã nhập xong tệp “de-nghi.xlsx”.')).toBeTruthy();
    expect(sent(transport, 'imports.commit')).toEqual([
      {
        kind: 'people',
        file: { fileName: 'de-nghi.xlsx', base64: btoa('PK-bytes') },
        duplicateAction: 'update',
        defaultUnitId: null,
      },
    ]);
    expect(countOf('imported')).toBe('2');
    expect(countOf('updated')).toBe('1');
    expect(countOf('skipped')).toBe('0');
    expect(countOf('refused')).toBe('2');
    expect(within(dialog()).getByText('Thiếu họ và tên.')).toBeTruthy();
    expect(onImported).toHaveBeenCalledTimes(1);

    fireEvent.click(within(dialog()).getByRole('button', { name: 'Tải bản tổng hợp (.xlsx)' }));
    expect(await within(dialog()).findByText('Đã lưu: Thư mục Tải xuống của trình duyệt')).toBeTruthy();
    expect(sent(transport, 'imports.saveSummary')).toEqual([SUMMARY]);
  });

  it('shows progress while importing and does not start a second import', async () => {
    const answer = deferred<void>();
    const calls: string[] = [];
    setTransportForTests(async (channel) => {
      calls.push(channel);
      if (channel === 'units.list') return { ok: true, data: UNITS };
      if (channel === 'imports.preview') return { ok: true, data: PREVIEW };
      await answer.promise;
      return { ok: true, data: SUMMARY };
    });
    render(<TransferActions kind="people" filter={FILTER} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    pick(xlsx());
    const button = await within(await screen.findByRole('dialog')).findByRole('button', {
      name: 'Nhập 2 dòng',
    });
    fireEvent.click(button);

    expect(await within(dialog()).findByText('Đang nhập…')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(
      (within(dialog()).getByRole('button', { name: 'Chọn tệp khác' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(button);
    expect(await useTransfer.getState().commit()).toBeNull();
    // Neither a stray click nor Escape closes the dialog while the rows are being written.
    useTransfer.getState().closeImport();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(calls.filter((c) => c === 'imports.commit')).toHaveLength(1);

    answer.resolve();
    expect(await within(dialog()).findByText('Đã nhập xong tệp “de-nghi.xlsx”.')).toBeTruthy();
    expect(calls.filter((c) => c === 'imports.commit')).toHaveLength(1);
  });

  it('reads a file only once while the preview is running, showing “Đang đọc tệp…”', async () => {
    const answer = deferred<void>();
    const calls: string[] = [];
    setTransportForTests(async (channel) => {
      calls.push(channel);
      if (channel === 'units.list') return { ok: true, data: UNITS };
      await answer.promise;
      return { ok: true, data: PREVIEW };
    });
    render(<TransferActions kind="people" filter={FILTER} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    await screen.findByRole('dialog');
    pick(xlsx());
    expect(await within(dialog()).findByText('Đang đọc tệp…')).toBeTruthy();
    expect(
      (within(dialog()).getByRole('button', { name: 'Chọn tệp Excel…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await useTransfer.getState().chooseFile(xlsx('khac.xlsx'));
    answer.resolve();
    await within(dialog()).findByRole('button', { name: 'Nhập 2 dòng' });
    expect(calls.filter((c) => c !== 'units.list')).toEqual(['imports.preview']);
  });

  it('shows one clear message for a file that cannot be read, and stays on the first step', async () => {
    const message = 'Tệp “anh.xlsx” không phải tệp Excel (.xlsx) hoặc đã bị hỏng.';
    const { transport } = renderActions({ 'imports.preview': failure({ code: 'VALIDATION', message }) });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    await screen.findByRole('dialog');
    pick(xlsx('anh.xlsx'));
    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('Không đọc được tệp “anh.xlsx”');
    expect(alert.textContent).toContain(message);
    expect(within(dialog()).getByRole('button', { name: 'Chọn tệp Excel…' })).toBeTruthy();
    expect(sent(transport, 'imports.commit')).toEqual([]);
  });

  it('refuses a file over 10 MB without sending it', async () => {
    const { transport } = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    await screen.findByRole('dialog');
    pick(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'lon.xlsx'));
    expect((await within(dialog()).findByRole('alert')).textContent).toContain(
      'Tệp “lon.xlsx” lớn hơn 10 MB',
    );
    expect(sent(transport, 'imports.preview')).toEqual([]);
  });

  it('points at the update choice when every valid row is a duplicate', async () => {
    await openAndPreview({
      'imports.preview': {
        ...PREVIEW,
        rows: PREVIEW.rows.slice(2, 3),
        counts: { ok: 0, duplicate: 1, error: 0 },
      },
    });
    expect(
      (within(dialog()).getByRole('button', { name: 'Nhập 0 dòng' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(within(dialog()).getByText(/chọn “Cập nhật bản ghi đã có” để nhập chúng/)).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Cập nhật bản ghi đã có' }));
    expect(
      (within(dialog()).getByRole('button', { name: 'Nhập 1 dòng' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('disables the import when no row would be written', async () => {
    await openAndPreview({
      'imports.preview': {
        ...PREVIEW,
        rows: PREVIEW.rows.slice(3),
        counts: { ok: 0, duplicate: 0, error: 2 },
      },
    });
    expect(
      (within(dialog()).getByRole('button', { name: 'Nhập 0 dòng' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(within(dialog()).getByText('Không có dòng nào để nhập. Hãy sửa tệp rồi chọn lại.')).toBeTruthy();
    expect(within(dialog()).queryByRole('radio')).toBeNull();
  });

  it('keeps the commit failure on the preview step, with nothing imported', async () => {
    const { onImported } = await openAndPreview({
      'imports.commit': failure({
        code: 'CONFLICT',
        message: 'Không nhập được: dữ liệu đã thay đổi, hãy xem trước lại.',
      }),
    });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Nhập 2 dòng' }));
    expect(
      await within(dialog()).findByText('Không nhập được: dữ liệu đã thay đổi, hãy xem trước lại.'),
    ).toBeTruthy();
    expect(onImported).not.toHaveBeenCalled();
    expect(within(dialog()).getByRole('button', { name: 'Nhập 2 dòng' })).toBeTruthy();
  });
});

describe('Export', () => {
  it('sends the list’s filter, says where the file went, and runs once at a time', async () => {
    const answer = deferred<void>();
    const inputs: unknown[] = [];
    setTransportForTests(async (channel, input) => {
      inputs.push([channel, input]);
      await answer.promise;
      return { ok: true, data: SAVED };
    });
    const filter = { ...FILTER, query: 'nguyen', unitId: 2 };
    render(
      <>
        <TransferActions kind="people" filter={filter} />
        <ExportStatus kind="people" />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Xuất Excel' }) as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(screen.getByText('Đang xuất tệp Excel…')).toBeTruthy();
    void useTransfer.getState().exportList('people', filter);
    answer.resolve();
    expect(await screen.findByText('Đã lưu: Thư mục Tải xuống của trình duyệt')).toBeTruthy();
    expect(inputs).toEqual([['people.export', filter]]);
  });
});
