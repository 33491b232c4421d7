import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { HARNESS_TOKEN_HEADER, HARNESS_TOKEN_META } from '../shared/api/envelope';

/** Calls the harness API from the page, as its own client does (for setting up data quickly). */
export async function api<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const token = await page.locator(`meta[name="${HARNESS_TOKEN_META}"]`).getAttribute('content');
  const response = await page.request.post(`/api/${channel}`, {
    headers: { [HARNESS_TOKEN_HEADER]: token ?? '' },
    data: input,
  });
  const envelope = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.data;
}

export const emptyUnit = (name: string, kind: string) => ({
  name,
  kind,
  parentId: null,
  shortName: '',
  contactPerson: '',
  phone: '',
  address: '',
  activeFrom: null,
  note: '',
  clusterIds: [],
});

/** An office-style list: title rows, header on row 4, good and bad rows, a totals row. */
export async function officeWorkbook(unitName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['UBND PHƯỜNG LÊ CHÂN']);
  sheet.addRow(['DANH SÁCH CÁN BỘ']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị công tác']);
  sheet.addRow([1, 'Phạm Thị Ngọc Bích', '12/03/1979', 'Nữ', 'Giáo viên', unitName]);
  sheet.addRow([2, '\u00d0inh  Văn Bảo ', '1990', 'nam', 'Bảo vệ', unitName]);
  sheet.addRow([3, 'Hoàng Minh Tuấn', '31/02/1992', 'Nam', 'Giáo viên', unitName]);
  sheet.addRow([4, '', '01/01/1980', 'Nữ', 'Giáo viên', unitName]);
  sheet.addRow(['Tổng cộng: 4 người']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readWorkbookRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) => (v === null || v === undefined ? '' : String(v)));
    rows.push(values);
  });
  return rows;
}
