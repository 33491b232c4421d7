// The chase list read back with poppler: its exact lines, the header row on every page, the fonts.
import { describe, expect, it } from 'vitest';
import { buildChaseListDocument, type ChaseListData, type ChaseListRow } from './chase-list';
import { renderPdf } from './render';
import { linesOf, pdfFonts, pdfInfo, pdfPages, pdfText } from './pdf-inspect';

const DATA: ChaseListData = {
  wardName: 'Phường Lê Chân',
  year: 2026,
  deadline: '2026-12-10',
  madeOn: '2026-11-26',
  expected: 5,
  rows: [
    {
      unitName: 'Chi bộ Khu phố',
      clusters: 'Cụm số 1',
      contactPerson: 'Lê Văn An',
      phone: '0912345678',
      status: 'missing',
    },
    { unitName: 'Hội Phụ nữ', clusters: null, contactPerson: null, phone: null, status: 'pending' },
  ],
};

const render = (d: ChaseListData) => renderPdf(buildChaseListDocument(d), { wardName: d.wardName });
const layoutLines = async (d: ChaseListData) => pdfText(await render(d), true).map(linesOf);

describe('chase list PDF', () => {
  it('prints the issuing body, the title, the dates, one row per unit and the count', async () => {
    const pdf = await render(DATA);
    expect(pdfText(pdf, true).map(linesOf)).toEqual([
      [
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG LÊ CHÂN',
        'DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO NĂM 2026',
        'Hạn nộp: 10/12/2026 — lập ngày 26/11/2026',
        'STT Đơn vị Cụm, khối Người liên hệ Điện thoại Tình trạng',
        '1 Chi bộ Khu phố Cụm số 1 Lê Văn An 0912345678 Chưa nộp',
        '(quá hạn)',
        '2 Hội Phụ nữ Chưa nộp',
        '(còn hạn)',
        'Tổng số: 2 đơn vị',
      ],
    ]);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
  });

  it('embeds the Tinos faces it uses and no other font', async () => {
    const fonts = pdfFonts(await render(DATA));
    expect(fonts.length).toBeGreaterThanOrEqual(3); // regular, bold, italic
    for (const f of fonts) {
      expect(f.name).toMatch(/Tinos/);
      expect(f.embedded).toBe(true);
    }
  });

  it('repeats the header row on every page of a long list and counts every unit', async () => {
    const rows: ChaseListRow[] = Array.from({ length: 60 }, (_, i) => ({
      unitName: `Tổ dân phố số ${i + 1}`,
      clusters: 'Cụm thi đua số 2',
      contactPerson: 'Trần Thị Bình',
      phone: '0225 3833 123',
      status: 'missing',
    }));
    const pdf = await render({ ...DATA, expected: 70, rows });
    const pages = pdfText(pdf, true).map(linesOf);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
    for (const page of pages)
      expect(page).toContain('STT Đơn vị Cụm, khối Người liên hệ Điện thoại Tình trạng');
    const numbered = pages.flat().filter((l) => /^\d+ Tổ dân phố số \d+ /.test(l));
    expect(numbered.map((l) => Number(l.split(' ')[0]))).toEqual(rows.map((_r, i) => i + 1));
    // The status wraps: "(quá hạn)" continues on the next line.
    expect(numbered[59]).toBe('60 Tổ dân phố số 60 Cụm thi đua số 2 Trần Thị Bình 0225 3833 123 Chưa nộp');
    expect(pages.at(-1)!.at(-1)).toBe('Tổng số: 60 đơn vị');
  });

  it('still prints the page, with a line instead of the table, when every unit has reported', async () => {
    expect(await layoutLines({ ...DATA, rows: [] })).toEqual([
      [
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG LÊ CHÂN',
        'DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO NĂM 2026',
        'Hạn nộp: 10/12/2026 — lập ngày 26/11/2026',
        'Tất cả 5 đơn vị phải nộp báo cáo năm 2026 đều đã nộp.',
      ],
    ]);
    const none = await layoutLines({ ...DATA, expected: 0, rows: [] });
    expect(none[0]!.at(-1)).toBe('Năm 2026 không có đơn vị nào phải nộp báo cáo.');
  });

  it('upper-cases the ward name from the settings', async () => {
    const lines = await layoutLines({ ...DATA, wardName: 'Phường Hồng Bàng' });
    expect(lines[0]!.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỒNG BÀNG']);
  });
});
