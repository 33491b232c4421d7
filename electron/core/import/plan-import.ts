import type { Db } from '../db/types';
import { isInUnitSubtree } from '../db/repos/units';
import type { RegistryKind } from '../../../shared/domain/registry';
import { householdDuplicates, peopleDuplicates, unitDuplicates } from './duplicate-sources';
import { markDuplicates, type DuplicateSource } from './find-duplicates';
import type { ParsedRow } from './parsed-row';
import { refuseRow, type ImportPlan, type PlannedRow } from './plan';
import { openWorkbook, type UploadedWorkbook } from './read-workbook';
import { readHouseholdRow } from './rows-households';
import { readPersonRow } from './rows-people';
import { readUnitRow } from './rows-units';
import { readTable, type DataRow } from './table';
import { linkParents } from './unit-parents';
import { createUnitLookup } from './unit-lookup';
import { resolveFallbackUnit } from './fallback-unit';
import type { HeaderInfo } from './header';
import type { UnitValues } from '../../../shared/schemas/registry/units';

function toPlanned<V, F>(p: ParsedRow<V, F>): { planned: PlannedRow<V>; facts: F } {
  return {
    planned: {
      rowNumber: p.rowNumber,
      label: p.label,
      status: p.values === null ? 'error' : 'ok',
      notes: p.notes,
      values: p.values,
      duplicateOf: null,
      parentRow: null,
      noteLine: p.noteLine,
    },
    facts: p.facts,
  };
}

function planRows<V, F>(parsed: ParsedRow<V, F>[], source: DuplicateSource<F>): PlannedRow<V>[] {
  const rows = parsed.map(toPlanned);
  markDuplicates(rows, source);
  return rows.map((r) => r.planned);
}

function planUnits(db: Db, rows: DataRow[], header: HeaderInfo): PlannedRow<UnitValues>[] {
  const lookup = createUnitLookup(db);
  const parsed = rows.map((row) => readUnitRow(row, header, lookup));
  const entries = parsed.map((p) => ({ ...toPlanned(p), pendingParent: p.pendingParent }));
  linkParents(entries);
  markDuplicates(entries, unitDuplicates(db));
  // Updating a unit to sit under itself or its own sub-unit would make the tree a loop.
  for (const { planned } of entries) {
    const parentId = planned.values?.parentId ?? null;
    if (planned.duplicateOf && parentId !== null && isInUnitSubtree(db, planned.duplicateOf.id, parentId)) {
      refuseRow(planned, 'Đơn vị cấp trên là chính đơn vị này hoặc một đơn vị trực thuộc nó.');
    }
  }
  return entries.map((e) => e.planned);
}

/**
 * Reads the workbook and decides, row by row, what an import would do, without writing anything.
 * Preview and commit both call this on the same bytes, so they reach the same decisions.
 * `defaultUnitId` is where people (households: the tổ dân phố) go when the cell names no unit.
 */
export async function planImport(
  db: Db,
  kind: RegistryKind,
  file: UploadedWorkbook,
  defaultUnitId: number | null = null,
): Promise<ImportPlan> {
  const fallback = resolveFallbackUnit(db, kind, defaultUnitId);
  const { sheet, header } = await openWorkbook(file, kind);
  const dataRows = readTable(sheet, header);
  const base = {
    sheetName: sheet.name,
    headerRow: header.row,
    columns: header.columns.filter((c) => c.field.imported),
  };
  if (kind === 'units') return { ...base, kind, rows: planUnits(db, dataRows, header) };
  const lookup = createUnitLookup(db);
  if (kind === 'people') {
    const parsed = dataRows.map((r) => readPersonRow(r, header, lookup, fallback));
    return { ...base, kind, rows: planRows(parsed, peopleDuplicates(db)) };
  }
  const parsed = dataRows.map((r) => readHouseholdRow(r, header, lookup, fallback));
  return { ...base, kind, rows: planRows(parsed, householdDuplicates(db)) };
}
