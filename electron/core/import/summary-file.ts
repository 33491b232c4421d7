import { writeTable } from '../excel/write-table';
import { REGISTRY_KIND_LABELS, type RegistryKind } from '../../../shared/domain/registry';
import type { ImportOutcome, ImportSummary } from '../../../shared/schemas/registry/transfer';

export const OUTCOME_LABELS: Record<ImportOutcome, string> = {
  imported: 'Đã nhập',
  updated: 'Đã cập nhật',
  skipped: 'Bỏ qua',
  refused: 'Từ chối',
};

const FILE_KINDS: Record<RegistryKind, string> = {
  people: 'ca-nhan',
  units: 'don-vi',
  households: 'ho-gia-dinh',
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "26/11/2026 16:05" in the computer's own time zone (the import's `at` is UTC). */
function localStamp(iso: string): { text: string; compact: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { text: iso, compact: 'ket-qua' };
  const date = `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
  return {
    text: `${date} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`,
    compact: `${d.getFullYear()}${pad2(d.getMonth() + 1)}${pad2(d.getDate())}`,
  };
}

/** The import's summary as an .xlsx the officer can keep or send back to the unit: one line per row. */
export async function buildSummaryFile(
  summary: Pick<ImportSummary, 'kind' | 'fileName' | 'at' | 'rows'> & { counts: Record<string, number> },
  wardName: string,
): Promise<{ suggestedName: string; bytes: Uint8Array }> {
  const stamp = localStamp(summary.at);
  const counts = (Object.keys(OUTCOME_LABELS) as ImportOutcome[])
    .map((o) => `${OUTCOME_LABELS[o]}: ${summary.counts[o] ?? 0}`)
    .join(' · ');
  const kindLabel = REGISTRY_KIND_LABELS[summary.kind].toLowerCase();
  const bytes = await writeTable({
    sheetName: 'Kết quả nhập',
    title: `${wardName} – Kết quả nhập danh sách ${kindLabel}`,
    lines: [`Tệp: ${summary.fileName}`, `Thời điểm nhập: ${stamp.text}`, counts],
    columns: [
      { header: 'Dòng trong tệp', width: 10, value: (r: ImportSummary['rows'][number]) => r.rowNumber },
      { header: 'Tên', width: 34, value: (r) => r.label || '(để trống)' },
      { header: 'Kết quả', width: 14, value: (r) => OUTCOME_LABELS[r.outcome] },
      { header: 'Lý do', width: 80, value: (r) => r.reason },
    ],
    rows: summary.rows,
  });
  return { suggestedName: `ket-qua-nhap-${FILE_KINDS[summary.kind]}-${stamp.compact}.xlsx`, bytes };
}
