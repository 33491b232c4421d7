import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportedPackage } from '../../../../shared/schemas/reports';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { render } from '../../test/render';
import { CityPackageTab } from './CityPackageTab';
import { AN_BIEN, LE_CHAN, totalsOf } from './test-fixtures';

const YEAR = new Date().getFullYear();
const PACKAGE_JSON = '{"format":"tdkt.goi-bao-cao-phuong","schemaVersion":1}';
const PACKAGE_BASE64 = btoa(PACKAGE_JSON);
const CONFLICT = 'Gói báo cáo năm 2026 của Phường Lê Chân đã được nhập ngày 17/12/2026.';

const saved = (name: string) => ({
  saved: true as const,
  fileName: name,
  location: `/tmp/${name}`,
  sizeBytes: 10,
});

/** A city office's store of packages: what is listed follows what was imported and removed. */
function cityApi(
  initial: ImportedPackage[],
  importReply?: Parameters<typeof fakeApi>[0]['cityPackage.import'],
) {
  let packages = [...initial];
  return fakeApi({
    'cityPackage.totals': ({ year }) =>
      totalsOf(
        year,
        packages.filter((p) => p.year === year),
      ),
    'cityPackage.import':
      importReply ??
      (() => {
        packages = [...packages, LE_CHAN];
        return LE_CHAN;
      }),
    'cityPackage.remove': ({ id }) => {
      packages = packages.filter((p) => p.id !== id);
      return { id };
    },
    'cityPackage.exportXlsx': saved('Goi-bao-cao-2026.xlsx'),
    'cityPackage.exportJson': saved('Goi-bao-cao-2026.json'),
    'cityPackage.exportTotalsXlsx': saved('Tong-hop-2026.xlsx'),
  });
}

const pick = () =>
  fireEvent.change(screen.getByLabelText('Chọn tệp JSON gói báo cáo của phường'), {
    target: { files: [new File([PACKAGE_JSON], 'le-chan-2026.json', { type: 'application/json' })] },
  });

const packagesTable = () => screen.getByRole('table', { name: 'Các gói báo cáo đã nhập' });

describe('the Gói báo cáo thành phố tab', () => {
  it('exports the ward’s package of the chosen year as Excel and as its JSON twin', async () => {
    const transport = cityApi([]);
    render(<CityPackageTab />);
    expect(screen.getByText(/đọc được ngay mà không cần phần mềm này/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất gói Excel' }));
    expect(await screen.findByText('Đã lưu: /tmp/Goi-bao-cao-2026.xlsx')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp JSON đi kèm' }));
    expect(await screen.findByText('Đã lưu: /tmp/Goi-bao-cao-2026.json')).toBeTruthy();
    expect(sent(transport, 'cityPackage.exportXlsx')).toEqual([{ year: YEAR }]);
    expect(sent(transport, 'cityPackage.exportJson')).toEqual([{ year: YEAR }]);
  });

  it('lists the imported packages with their dates, counts and money, and the summed tables without drill-down', async () => {
    const transport = cityApi([{ ...AN_BIEN, year: YEAR }]);
    render(<CityPackageTab />);
    const table = await screen.findByRole('table', { name: 'Các gói báo cáo đã nhập' });
    expect(sent(transport, 'cityPackage.totals')).toEqual([{ year: YEAR }]);
    const [header, row] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Phường',
      'Thành phố',
      'Ngày tạo',
      'Ngày nhập',
      'Số lượt khen thưởng',
      'Tổng tiền',
      'Thao tác',
    ]);
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Phường An Biên', 'Hải Phòng', '12/12/2026', '16/12/2026', '96', '70.180.000 đ', '']);
    expect(screen.getByText(`Số liệu cộng gộp của 1 phường, năm ${YEAR}`)).toBeTruthy();
    const summed = screen.getByRole('table', { name: /Biểu 1\. Kết quả khen thưởng/ });
    expect(within(summed).getByRole('row', { name: /^Tổng cộng/ }).textContent).toContain('52,3%');
    expect(within(summed).queryAllByRole('button')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel tổng hợp' }));
    expect(await screen.findByText('Đã lưu: /tmp/Tong-hop-2026.xlsx')).toBeTruthy();
    expect(sent(transport, 'cityPackage.exportTotalsXlsx')).toEqual([{ year: YEAR }]);
  });

  it('imports a package’s JSON and shows its year with the new ward in the list', async () => {
    const transport = cityApi([{ ...AN_BIEN, year: 2025 }]);
    render(<CityPackageTab />);
    await screen.findByText(/Chưa nhập gói báo cáo nào|Số liệu cộng gộp/);
    pick();
    expect(await screen.findByText('Đã nhập gói báo cáo của Phường Lê Chân năm 2026.')).toBeTruthy();
    expect(sent(transport, 'cityPackage.import')).toEqual([
      { file: { fileName: 'le-chan-2026.json', base64: PACKAGE_BASE64 }, replace: false },
    ]);
    // The list moves to the package's year, where it now appears.
    await waitFor(() =>
      expect(
        within(packagesTable())
          .getAllByRole('row')
          .map((r) => r.firstElementChild?.textContent),
      ).toEqual(['Phường', 'Phường Lê Chân']),
    );
    expect(sent(transport, 'cityPackage.totals').at(-1)).toEqual({ year: 2026 });
    const [, totalsYear] = screen.getAllByRole<HTMLInputElement>('combobox', { name: 'Năm' });
    expect(totalsYear!.value).toBe('2026');
  });

  it('asks before replacing a package already imported, and sends it again with replace', async () => {
    const transport = cityApi([AN_BIEN, LE_CHAN], (_input, index) =>
      index === 0 ? failure({ code: 'CONFLICT', message: CONFLICT }) : LE_CHAN,
    );
    render(<CityPackageTab />);
    await screen.findByText(/Chưa nhập gói báo cáo nào|Số liệu cộng gộp/);
    pick();
    const dialog = await screen.findByRole('dialog', { name: 'Gói báo cáo này đã được nhập' });
    expect(dialog.textContent).toContain(CONFLICT);
    expect(dialog.textContent).toContain('le-chan-2026.json');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thay thế' }));
    expect(await screen.findByText('Đã nhập gói báo cáo của Phường Lê Chân năm 2026.')).toBeTruthy();
    expect(sent(transport, 'cityPackage.import')).toEqual([
      { file: { fileName: 'le-chan-2026.json', base64: PACKAGE_BASE64 }, replace: false },
      { file: { fileName: 'le-chan-2026.json', base64: PACKAGE_BASE64 }, replace: true },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('leaves the package in place when the user does not replace it', async () => {
    const transport = cityApi([{ ...AN_BIEN, year: YEAR - 1 }], () =>
      failure({ code: 'CONFLICT', message: CONFLICT }),
    );
    render(<CityPackageTab />);
    await screen.findByText(/Chưa nhập gói báo cáo nào/);
    pick();
    const dialog = await screen.findByRole('dialog', { name: 'Gói báo cáo này đã được nhập' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(transport, 'cityPackage.import')).toHaveLength(1);
  });

  it('says why a file is refused', async () => {
    cityApi([], () =>
      failure({
        code: 'VALIDATION',
        message: 'Tệp không phải gói báo cáo của phường (thiếu trường "format").',
      }),
    );
    render(<CityPackageTab />);
    await screen.findByText(/Chưa nhập gói báo cáo nào/);
    pick();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không nhập được gói báo cáo');
    expect(alert.textContent).toContain('Tệp không phải gói báo cáo của phường (thiếu trường "format").');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('removes a package after a confirmation and reads the sum again', async () => {
    const transport = cityApi([
      { ...AN_BIEN, year: YEAR },
      { ...LE_CHAN, year: YEAR },
    ]);
    render(<CityPackageTab />);
    await screen.findByRole('table', { name: 'Các gói báo cáo đã nhập' });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa gói báo cáo của Phường An Biên' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa gói báo cáo đã nhập?' });
    expect(dialog.textContent).toContain(
      `Số liệu của Phường An Biên năm ${YEAR} sẽ không còn được cộng vào tổng hợp.`,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa gói báo cáo của Phường An Biên.')).toBeTruthy();
    expect(sent(transport, 'cityPackage.remove')).toEqual([{ id: 5 }]);
    await waitFor(() =>
      expect(
        within(packagesTable())
          .getAllByRole('row')
          .map((r) => r.firstElementChild?.textContent),
      ).toEqual(['Phường', 'Phường Lê Chân']),
    );
    expect(screen.getByText(`Số liệu cộng gộp của 1 phường, năm ${YEAR}`)).toBeTruthy();
  });
});
