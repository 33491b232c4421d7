// certificate_prints: one row per certificate saved (or printed), with one audit row per save.
import type { Db } from '../../db/types';
import { prepared } from '../../db/repos/prepared';
import { insertAudit } from '../../db/repos/audit';
import {
  CERTIFICATE_MODE_LABELS,
  type CertificateMode,
  type CertificatePrint,
} from '../../../../shared/schemas/documents';

export interface PrintBatch {
  decisionId: number;
  decisionLabel: string;
  lineIds: readonly number[];
  mode: CertificateMode;
  at: string;
  actor: string;
}

/** Records every certificate of a saved PDF in one transaction with its audit row. */
export function recordPrints(db: Db, batch: PrintBatch): void {
  db.transaction(() => {
    const insert = prepared(
      db,
      `INSERT INTO certificate_prints (award_id, printed_at, printed_by, mode, copies) VALUES (?, ?, ?, ?, 1)`,
    );
    for (const lineId of batch.lineIds) insert.run(lineId, batch.at, batch.actor, batch.mode);
    insertAudit(db, {
      at: batch.at,
      actor: batch.actor,
      entity: 'decisions',
      entityId: batch.decisionId,
      action: 'other',
      note: `In ${batch.lineIds.length} Giấy khen (${CERTIFICATE_MODE_LABELS[batch.mode].toLowerCase()}) của quyết định ${batch.decisionLabel}`,
      after: { certificatesPrinted: batch.lineIds.length, mode: batch.mode },
    });
  })();
}

/** Every print of one award line, newest first. */
export function printHistory(db: Db, lineId: number): CertificatePrint[] {
  const rows = prepared(
    db,
    `SELECT id, award_id, printed_at, printed_by, mode, copies FROM certificate_prints
     WHERE award_id = ? ORDER BY printed_at DESC, id DESC`,
  ).all(lineId) as {
    id: number;
    award_id: number;
    printed_at: string;
    printed_by: string;
    mode: CertificateMode;
    copies: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    lineId: r.award_id,
    printedAt: r.printed_at,
    printedBy: r.printed_by,
    mode: r.mode,
    copies: r.copies,
  }));
}
