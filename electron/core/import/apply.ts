import { AppError } from '../../../shared/errors';
import type { DuplicateAction, ImportSummary } from '../../../shared/schemas/registry/transfer';
import type { UnitValues } from '../../../shared/schemas/registry/units';
import type { ImportPlan, PlannedRow } from './plan';
import { mergeHousehold, mergePerson, mergeUnit, type RegistryWriters } from './writers';

export type AppliedRow = ImportSummary['rows'][number];

interface Ops<V> {
  create(values: V): { id: number };
  update(id: number, values: V): { id: number };
  /** The values to write over a duplicate: the row's non-empty cells over the stored record. */
  merge(id: number, values: V, row: PlannedRow<V>): V;
}

type Prepared<V> = { values: V } | { refused: string };

const reasonOf = (row: PlannedRow<unknown>) => row.notes.problems.join('; ');

/**
 * One service call: a row the service refuses (AppError: a birth date after today, a tổ dân phố of
 * the wrong kind) is reported and the import goes on; anything else aborts it. No savepoint of our
 * own: the services check before writing and write inside their own (nested: savepoint) transaction.
 */
function attempt(write: () => { id: number }): { id: number } | { refused: string } {
  try {
    return write();
  } catch (error) {
    if (error instanceof AppError) return { refused: error.message };
    throw error;
  }
}

function applyRows<V>(
  rows: PlannedRow<V>[],
  ops: Ops<V>,
  action: DuplicateAction,
  // Units: sets the parent written from another row (`written` tells what became of that row).
  prepare: (
    row: PlannedRow<V>,
    values: V,
    written: (rowNumber: number) => AppliedRow | undefined,
  ) => Prepared<V> = (_row, values) => ({ values }),
): AppliedRow[] {
  const done = new Map<number, AppliedRow>();
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));

  const apply = (row: PlannedRow<V>): AppliedRow => {
    const known = done.get(row.rowNumber);
    if (known) return known;
    const base = { rowNumber: row.rowNumber, label: row.label };
    let result: AppliedRow;
    if (row.status === 'error' || row.values === null) {
      result = { ...base, outcome: 'refused', reason: reasonOf(row), recordId: null };
    } else if (row.status === 'duplicate' && row.duplicateOf && action === 'skip') {
      result = {
        ...base,
        outcome: 'skipped',
        reason: `Trùng với ${row.duplicateOf.label}`,
        recordId: row.duplicateOf.id,
      };
    } else {
      const parent = row.parentRow === null ? null : byRow.get(row.parentRow);
      if (parent) apply(parent);
      const prepared = prepare(row, row.values, (n) => done.get(n));
      const duplicate = row.status === 'duplicate' ? row.duplicateOf : null;
      const written =
        'refused' in prepared
          ? prepared
          : attempt(() =>
              duplicate
                ? ops.update(duplicate.id, ops.merge(duplicate.id, prepared.values, row))
                : ops.create(prepared.values),
            );
      result =
        'refused' in written
          ? { ...base, outcome: 'refused', reason: written.refused, recordId: null }
          : { ...base, outcome: duplicate ? 'updated' : 'imported', reason: null, recordId: written.id };
    }
    done.set(row.rowNumber, result);
    return result;
  };

  return rows.map(apply);
}

/**
 * Writes what the plan decided through the registry services, row by row, and reports each row's
 * outcome. The caller wraps it in one transaction: all of it is kept, or none.
 */
export function applyPlan(writers: RegistryWriters, plan: ImportPlan, action: DuplicateAction): AppliedRow[] {
  switch (plan.kind) {
    case 'people': {
      const { people } = writers;
      return applyRows(
        plan.rows,
        {
          create: (v) => people.create(v),
          update: (id, v) => people.update(id, v),
          merge: (id, v, row) => mergePerson(people.get(id), v, row.noteLine),
        },
        action,
      );
    }
    case 'households': {
      const { households } = writers;
      return applyRows(
        plan.rows,
        {
          create: (v) => households.create(v),
          update: (id, v) => households.update(id, v),
          merge: (id, v, row) => mergeHousehold(households.get(id), v, row.noteLine),
        },
        action,
      );
    }
    case 'units': {
      const { units } = writers;
      const ops: Ops<UnitValues> = {
        create: (v) => units.create(v),
        update: (id, v) => units.update(id, v),
        merge: (id, v) => mergeUnit(units.get(id), v),
      };
      return applyRows(plan.rows, ops, action, (row, values, written) => {
        if (row.parentRow === null) return { values };
        const parentId = written(row.parentRow)?.recordId ?? null;
        return parentId === null
          ? { refused: `Đơn vị cấp trên (dòng ${row.parentRow}) không được nhập.` }
          : { values: { ...values, parentId } };
      });
    }
  }
}
