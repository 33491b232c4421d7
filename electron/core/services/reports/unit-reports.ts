import { PDFDocument } from 'pdf-lib';
import { auditedWriter, sameFields, type ServiceDeps } from '../audit-trail';
import { requireLiveUnit } from '../references';
import { checkReportFile } from './unit-report-file';
import { auditFields, checkReceivedOn } from './unit-report-fields';
import { recordManyReports } from './unit-report-many';
import type { UnitReportsService } from './types';
import {
  UNIT_REPORT_ENTITY,
  deleteUnitReport,
  findUnitReport,
  getUnitReportRow,
  insertUnitReport,
  listUnitReportRows,
  setUnitReportAttachment,
  updateUnitReport,
  type StoredUnitReport,
  type UnitReportDbRow,
} from '../../db/repos/reports/unit-reports';
import { blobBytes, deleteAttachment, insertAttachment, putBlob } from '../../db/repos/attachments';
import { deleteUnusedBlob } from '../../db/repos/trash';
import { buildChaseListDocument, chaseFileName, type ChaseListRow } from '../../pdf/chase-list';
import { renderPdf } from '../../pdf/render';
import { AppError } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/rules/dates';
import { deadlineInYear } from '../../../../shared/rules/deadlines';
import { compareVietnamese } from '../../../../shared/rules/names';
import { DEFAULT_SETTINGS } from '../../../../shared/schemas/settings';
import type { UnitReportRow, UnitReportsOverview } from '../../../../shared/schemas/reports';

export interface UnitReportsDeps extends ServiceDeps {
  /** resources/fonts (Tinos) for the chase list. */
  fontsDir: string;
}

const NO_FILE = 'Báo cáo này không có tệp đính kèm (có thể đã được gỡ).';
const notRecorded = (year: number) => `Chưa ghi nhận báo cáo năm ${year} của đơn vị này (có thể đã bị xóa).`;

/**
 * The units' yearly reports: who must report (EXPECTED_UNIT against the year's deadline), who did
 * and when, the file, and the chase list. Every change is one transaction with its audit row.
 */
export function createUnitReportsService(deps: UnitReportsDeps): UnitReportsService {
  const { db, clock, settings, fontsDir } = deps;
  const write = auditedWriter(deps, UNIT_REPORT_ENTITY);
  const today = () => todayIso(clock.now());

  /** The year's deadline from the settings; 10/12 when the setting cannot be read. */
  const deadlineOf = (year: number): string =>
    deadlineInYear(year, settings.get().unitReportDeadline) ??
    deadlineInYear(year, DEFAULT_SETTINGS.unitReportDeadline)!;

  function toRow(r: UnitReportDbRow, deadline: string, now: string): UnitReportRow {
    const clusters = (JSON.parse(r.clusterNames) as string[]).sort(compareVietnamese);
    const report =
      r.reportId === null
        ? null
        : {
            id: r.reportId,
            receivedOn: r.receivedOn!,
            onTime: r.onTime === 1,
            note: r.note,
            attachment:
              r.attachmentId === null
                ? null
                : { id: r.attachmentId, fileName: r.fileName!, sizeBytes: r.sizeBytes! },
            updatedAt: r.updatedAt!,
          };
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      clusters: clusters.length === 0 ? null : clusters.join(', '),
      contactPerson: r.contactPerson,
      phone: r.phone,
      expected: r.expected === 1,
      report,
      status: report ? (report.onTime ? 'on_time' : 'late') : now <= deadline ? 'pending' : 'missing',
    };
  }

  const rowOf = (unitId: number, year: number): UnitReportRow => {
    const deadline = deadlineOf(year);
    const row = getUnitReportRow(db, unitId, year, deadline);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị này.');
    return toRow(row, deadline, today());
  };

  const findStored = (unitId: number, year: number): StoredUnitReport => {
    const stored = findUnitReport(db, unitId, year);
    if (!stored) throw new AppError('NOT_FOUND', notRecorded(year));
    return stored;
  };

  /** Deletes an attachment row and its bytes when no other attachment shares them. */
  const dropFile = (r: StoredUnitReport) => {
    if (r.attachmentId === null) return;
    deleteAttachment(db, r.attachmentId);
    deleteUnusedBlob(db, r.sha256!);
  };

  function list(year: number): UnitReportsOverview {
    const deadline = deadlineOf(year);
    const now = today();
    const rows = listUnitReportRows(db, year, deadline)
      .map((r) => toRow(r, deadline, now))
      .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitId - b.unitId);
    const counts = { expected: 0, onTime: 0, late: 0, pending: 0, missing: 0 };
    for (const r of rows.filter((x) => x.expected)) {
      counts.expected += 1;
      counts[r.status === 'on_time' ? 'onTime' : r.status] += 1;
    }
    return { year, deadline, rows, counts };
  }

  return {
    list,

    recordMany: (input) => recordManyReports({ db, write, deadlineOf, rowOf, today }, input),

    record(input) {
      const { unitId, year, receivedOn, note } = input;
      const unit = requireLiveUnit(db, unitId, 'unitId');
      checkReceivedOn(year, receivedOn, today());
      const file = input.file === undefined ? null : checkReportFile(input.file);
      const values = { receivedOn, onTime: receivedOn <= deadlineOf(year), note };
      return write((at) => {
        const before = findUnitReport(db, unitId, year);
        let id: number;
        if (before) {
          id = before.id;
          updateUnitReport(db, id, values, at);
        } else {
          id = insertUnitReport(db, { unitId, year, ...values }, at);
        }
        if (file) {
          putBlob(db, file.sha256, file.bytes);
          const attachmentId = insertAttachment(
            db,
            {
              ownerEntity: UNIT_REPORT_ENTITY,
              ownerId: id,
              fileName: file.fileName,
              mimeType: file.mimeType,
              sizeBytes: file.bytes.length,
              sha256: file.sha256,
              addedBy: settings.actor(),
            },
            at,
          );
          setUnitReportAttachment(db, id, attachmentId, at);
          if (before) dropFile(before);
        }
        const after = auditFields(findStored(unitId, year));
        const unchanged = before !== null && sameFields(auditFields(before), after);
        return {
          result: rowOf(unitId, year),
          audit: unchanged
            ? null
            : {
                entityId: id,
                action: before ? 'update' : 'create',
                ...(before ? { before: auditFields(before) } : {}),
                after,
                note: `Báo cáo năm ${year} của ${unit.name}`,
              },
        };
      });
    },

    remove(unitId, year) {
      const stored = findStored(unitId, year);
      return write(() => {
        deleteUnitReport(db, stored.id);
        dropFile(stored);
        const row = rowOf(unitId, year);
        return {
          result: row,
          audit: {
            entityId: stored.id,
            action: 'purge', // gone for good (no trash for a recorded report): "Xóa vĩnh viễn" in the history
            before: auditFields(stored),
            note: `Xóa báo cáo năm ${year} của ${row.unitName}`,
          },
        };
      });
    },

    removeFile(unitId, year) {
      const stored = findStored(unitId, year);
      if (stored.attachmentId === null) throw new AppError('NOT_FOUND', NO_FILE);
      return write((at) => {
        setUnitReportAttachment(db, stored.id, null, at);
        dropFile(stored);
        const row = rowOf(unitId, year);
        return {
          result: row,
          audit: {
            entityId: stored.id,
            action: 'update',
            before: { file: auditFields(stored).file },
            after: { file: null },
            note: `Gỡ tệp “${stored.fileName}” của báo cáo năm ${year} (${row.unitName})`,
          },
        };
      });
    },

    async openFile(unitId, year, dialogs) {
      const stored = findStored(unitId, year);
      const bytes = stored.sha256 === null ? null : blobBytes(db, stored.sha256);
      if (stored.attachmentId === null || bytes === null) throw new AppError('NOT_FOUND', NO_FILE);
      if (!dialogs.openFile) throw new AppError('CONFLICT', 'Máy này không mở được tệp từ ứng dụng.');
      const fileName = stored.fileName!;
      const mimeType = stored.mimeType ?? 'application/octet-stream';
      const outcome = await dialogs.openFile({ fileName, bytes: new Uint8Array(bytes), mimeType });
      return { ...outcome, fileName };
    },

    async chasePdf(year) {
      const overview = list(year);
      const rows: ChaseListRow[] = overview.rows.flatMap((r) =>
        r.expected && (r.status === 'pending' || r.status === 'missing')
          ? [
              {
                unitName: r.unitName,
                clusters: r.clusters,
                contactPerson: r.contactPerson,
                phone: r.phone,
                status: r.status,
              },
            ]
          : [],
      );
      const { wardName } = settings.get();
      const doc = buildChaseListDocument({
        wardName,
        year,
        deadline: overview.deadline,
        madeOn: today(),
        expected: overview.counts.expected,
        rows,
      });
      const bytes = await renderPdf(doc, { fontsDir, wardName });
      const pageCount = (await PDFDocument.load(bytes)).getPageCount();
      return { base64: bytes.toString('base64'), pageCount, fileName: chaseFileName(year) };
    },
  };
}
