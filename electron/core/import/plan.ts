import type { RegistryKind } from '../../../shared/domain/registry';
import type { HouseholdValues } from '../../../shared/schemas/registry/households';
import type { PersonValues } from '../../../shared/schemas/registry/people';
import type { ImportRowStatus } from '../../../shared/schemas/registry/transfer';
import type { UnitValues } from '../../../shared/schemas/registry/units';
import type { HeaderColumn } from './header';
import type { RowNotes } from './values';

/** What an import would do with one row; preview shows it, commit carries it out. */
export interface PlannedRow<V> {
  rowNumber: number;
  label: string;
  status: ImportRowStatus;
  notes: RowNotes;
  /** Form values for ok and duplicate rows; null for refused rows. */
  values: V | null;
  duplicateOf: { id: number; label: string } | null;
  /** Units only: the row of the same file that holds this unit's parent, created first. */
  parentRow: number | null;
  /** People and households: the line kept in the note when the unit cell matched no unit. */
  noteLine: string | null;
}

/** The whole reading of a workbook, made the same way by preview and commit. */
interface PlanOf<K extends RegistryKind, V> {
  kind: K;
  sheetName: string;
  headerRow: number;
  columns: HeaderColumn[];
  rows: PlannedRow<V>[];
}

export type ImportPlan =
  PlanOf<'people', PersonValues> | PlanOf<'units', UnitValues> | PlanOf<'households', HouseholdValues>;

/** Marks a row refused after it was read (duplicates in the file, a refused parent). */
export function refuseRow<V>(row: PlannedRow<V>, problem: string): void {
  row.notes.problem(problem);
  row.status = 'error';
  row.values = null;
  row.duplicateOf = null;
}
