import type { ServiceDeps } from './audit-trail';
import type { ExportFile } from './registry-export';
import { writeTable, type TableColumn } from '../excel/write-table';
import { iterateAwards, searchAwardsTotals } from '../db/repos/award-history';
import { getUnitBasics } from '../db/repos/units';
import { getCatalogueEntry } from '../db/repos/catalogue';
import { formatDate, todayIso } from '../../../shared/rules/dates';
import { formatMoney, formatNumberVi } from '../../../shared/rules/money';
import { CATALOGUE_KIND_LABELS, RECIPIENT_KIND_LABELS } from '../../../shared/domain/awards';
import { STAFF_CATEGORY_LABELS } from '../../../shared/domain/registry';
import type { AwardRecord, AwardSearchFilter } from '../../../shared/schemas/award-history';

const COLUMNS: TableColumn<AwardRecord>[] = [
  { header: 'STT', width: 7, value: (_r, i) => i + 1 },
  { header: 'Năm', width: 7, value: (r) => r.year },
  { header: 'Số quyết định', width: 15, value: (r) => r.decisionNumberText },
  // Dates as text (dd/mm/yyyy), so Excel does not reinterpret them.
  { header: 'Ngày quyết định', width: 14, value: (r) => formatDate(r.decisionDate) },
  { header: 'Danh hiệu, hình thức khen thưởng', width: 30, value: (r) => r.catalogueName },
  { header: 'Loại', width: 22, value: (r) => CATALOGUE_KIND_LABELS[r.catalogueKind] },
  { header: 'Khen cho', width: 12, value: (r) => RECIPIENT_KIND_LABELS[r.recipientKind] },
  { header: 'Tên tập thể, cá nhân, hộ gia đình', width: 32, value: (r) => r.name },
  { header: 'Chức vụ, đơn vị', width: 32, value: (r) => r.positionUnit },
  {
    header: 'Đối tượng',
    width: 26,
    value: (r) => (r.staffCategory === null ? null : STAFF_CATEGORY_LABELS[r.staffCategory]),
  },
  { header: 'Thành tích', width: 40, value: (r) => r.achievement },
  { header: 'Số tiền (đồng)', width: 14, value: (r) => r.amount },
  { header: 'Số sổ vàng', width: 11, value: (r) => r.registerNumber },
];

/** "Năm 2025", "Từ năm 2019 đến năm 2025", "Từ năm 2019", "Đến năm 2025", "Tất cả các năm". */
export function yearsText(f: Pick<AwardSearchFilter, 'year' | 'yearFrom' | 'yearTo'>): string {
  if (f.year !== null) return `Năm ${f.year}`;
  if (f.yearFrom !== null && f.yearTo !== null)
    return f.yearFrom === f.yearTo ? `Năm ${f.yearFrom}` : `Từ năm ${f.yearFrom} đến năm ${f.yearTo}`;
  if (f.yearFrom !== null) return `Từ năm ${f.yearFrom}`;
  if (f.yearTo !== null) return `Đến năm ${f.yearTo}`;
  return 'Tất cả các năm';
}

/**
 * The award lookup as an .xlsx: the ward's name, the export date, the filter in words and the
 * totals above the table; the rows in the lookup's order (decision date, number, list order).
 */
export async function exportAwards(deps: ServiceDeps, filter: AwardSearchFilter): Promise<ExportFile> {
  const { db, clock, settings } = deps;
  const today = todayIso(clock.now());
  const catalogue = filter.catalogueId === null ? null : getCatalogueEntry(db, filter.catalogueId);
  const unit = filter.unitId === null ? null : getUnitBasics(db, filter.unitId);
  const parts = [
    catalogue ? `danh hiệu, hình thức: ${catalogue.name}` : null,
    filter.catalogueKind ? `loại: ${CATALOGUE_KIND_LABELS[filter.catalogueKind].toLowerCase()}` : null,
    unit ? `đơn vị: ${unit.name} (gồm các đơn vị trực thuộc)` : null,
    filter.recipientKind ? `khen cho: ${RECIPIENT_KIND_LABELS[filter.recipientKind].toLowerCase()}` : null,
    filter.staffCategory ? `đối tượng: ${STAFF_CATEGORY_LABELS[filter.staffCategory]}` : null,
    filter.search !== '' ? `tên có “${filter.search}”` : null,
  ].filter((p): p is string => p !== null);
  const totals = searchAwardsTotals(db, filter);
  const years = yearsText(filter);
  const bytes = await writeTable({
    sheetName: 'Khen thưởng',
    title: `${settings.get().wardName} – Danh sách khen thưởng (${years.toLowerCase()})`,
    lines: [
      `Xuất ngày ${formatDate(today)}. Chỉ gồm các quyết định đã ký (không gồm dự thảo và quyết định đã hủy).`,
      `${years}${parts.length > 0 ? `; lọc: ${parts.join('; ')}` : ''}`,
      `Tổng: ${formatNumberVi(totals.total)} lượt khen thưởng; tiền thưởng ${formatMoney(totals.totalAmount)}`,
    ],
    columns: COLUMNS,
    rows: iterateAwards(db, filter),
  });
  const slug = filter.year !== null ? `-${filter.year}` : '';
  return { suggestedName: `khen-thuong${slug}-${today.replaceAll('-', '')}.xlsx`, bytes };
}
