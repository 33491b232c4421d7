import type { RegistryKind } from '../../../shared/domain/registry';
import type { ImportPreview, ImportPreviewRow } from '../../../shared/schemas/registry/transfer';
import { applyPlan } from './apply';
import type { ImportContext } from './context';
import { refuseRow, type ImportPlan, type PlannedRow } from './plan';
import { planImport } from './plan-import';
import type { UploadedWorkbook } from './read-workbook';

/** Thrown to end the rehearsal's transaction, which better-sqlite3 then rolls back. */
class RehearsalDone extends Error {}

/**
 * Runs the plan's new rows through the services in a transaction that is always rolled back, so
 * the preview also shows what only the services check (a birth date after today, a unit that is
 * not a tổ dân phố...) and matches what commit will do. Nothing is kept.
 */
function rehearse(ctx: ImportContext, plan: ImportPlan): void {
  const rows: { rowNumber: number; outcome: string; reason: string | null }[] = [];
  try {
    ctx.db.transaction(() => {
      // 'skip': what happens to duplicates depends on the choice made after the preview.
      rows.push(...applyPlan(ctx.writers, plan, 'skip'));
      throw new RehearsalDone();
    })();
  } catch (error) {
    if (!(error instanceof RehearsalDone)) throw error;
  }
  const planRows: PlannedRow<unknown>[] = plan.rows;
  const planned = new Map(planRows.map((r) => [r.rowNumber, r]));
  for (const r of rows) {
    const row = planned.get(r.rowNumber);
    if (row && row.status !== 'error' && r.outcome === 'refused') refuseRow(row, r.reason ?? '');
  }
}

/** The plan as the preview screen shows it. */
export function toPreview(plan: ImportPlan): ImportPreview {
  const rows: ImportPreviewRow[] = plan.rows.map((r) => ({
    rowNumber: r.rowNumber,
    status: r.status,
    label: r.label,
    cells: r.notes.cells,
    problems: [...r.notes.problems],
    fixes: [...r.notes.fixes],
    duplicateOf: r.duplicateOf,
  }));
  const count = (status: ImportPreviewRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    kind: plan.kind,
    sheetName: plan.sheetName,
    headerRow: plan.headerRow,
    columns: plan.columns.map((c) => ({ header: c.header, field: c.field.label })),
    rows,
    counts: { ok: count('ok'), duplicate: count('duplicate'), error: count('error') },
  };
}

/**
 * Reads an uploaded workbook and says, row by row, what importing it would do; keeps nothing.
 * `defaultUnitId`: where rows go whose unit (households: tổ dân phố) cell is empty or unknown.
 */
export async function previewImport(
  ctx: ImportContext,
  kind: RegistryKind,
  file: UploadedWorkbook,
  defaultUnitId: number | null = null,
): Promise<ImportPreview> {
  const plan = await planImport(ctx.db, kind, file, defaultUnitId);
  rehearse(ctx, plan);
  return toPreview(plan);
}
