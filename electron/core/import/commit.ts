import { insertAudit } from '../db/repos/audit';
import type { RegistryKind } from '../../../shared/domain/registry';
import { AppError } from '../../../shared/errors';
import type {
  DuplicateAction,
  ImportOutcome,
  ImportSummary,
} from '../../../shared/schemas/registry/transfer';
import { applyPlan } from './apply';
import type { ImportContext } from './context';
import { planImport } from './plan-import';
import type { UploadedWorkbook } from './read-workbook';

export const IMPORT_BUSY_MESSAGE = 'Đang nhập dữ liệu, vui lòng chờ xong.';

// One import at a time for the whole process: reading the workbook is asynchronous, and a second
// import started meanwhile (a double click) would plan against rows the first is about to write.
let running = false;

export interface CommitInput {
  kind: RegistryKind;
  file: UploadedWorkbook;
  duplicateAction: DuplicateAction;
  /** Where rows go whose unit (households: tổ dân phố) cell is empty or unknown; as in the preview. */
  defaultUnitId?: number | null;
}

/**
 * Re-reads the uploaded workbook (the same bytes the preview saw, so the same decisions) and
 * imports it in one transaction: new rows created, duplicates skipped or updated, refused rows
 * reported, and one audit row for the import itself. If anything fails, nothing is written.
 */
export async function commitImport(ctx: ImportContext, input: CommitInput): Promise<ImportSummary> {
  if (running) throw new AppError('CONFLICT', IMPORT_BUSY_MESSAGE);
  running = true;
  try {
    const defaultUnitId = input.kind === 'units' ? null : (input.defaultUnitId ?? null);
    const plan = await planImport(ctx.db, input.kind, input.file, defaultUnitId);
    const at = ctx.clock.now().toISOString();
    const counts: Record<ImportOutcome, number> = { imported: 0, updated: 0, skipped: 0, refused: 0 };
    const rows = ctx.db.transaction(() => {
      const applied = applyPlan(ctx.writers, plan, input.duplicateAction);
      for (const r of applied) counts[r.outcome]++;
      insertAudit(ctx.db, {
        at,
        actor: ctx.actor(),
        entity: 'import',
        entityId: null,
        action: 'import',
        after: {
          kind: input.kind,
          fileName: input.file.fileName,
          sheetName: plan.sheetName,
          duplicateAction: input.duplicateAction,
          // The log says where the rows without a known unit went.
          defaultUnitId,
          counts,
        },
      });
      return applied;
    })();
    return { kind: input.kind, fileName: input.file.fileName, at, counts, rows };
  } finally {
    running = false;
  }
}
