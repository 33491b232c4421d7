import { channel } from './define';
import {
  byYear,
  yearDeliverySchema,
  unitReportKey,
  unitReportRecordManySchema,
  unitReportRecordSchema,
  type UnitReportRow,
  type UnitReportsOverview,
  type UnitReportsRecorded,
} from '../schemas/reports';
import type { PdfFile } from '../schemas/documents';
import type { OpenEvidenceResult } from '../schemas/exemplars';
import type { SaveOutcome } from './files';

/** Reports the units send the ward each year (before 10/12): who must report, who did, on time or late. */
export const unitReportChannels = {
  'unitReports.list': channel<UnitReportsOverview>()(byYear),
  /** Records or corrects a report (received date, note, file); on time is judged against the year's deadline. */
  'unitReports.record': channel<UnitReportRow>()(unitReportRecordSchema),
  /** Records the reports of several units received the same day; refused whole if one already has a report. */
  'unitReports.recordMany': channel<UnitReportsRecorded>()(unitReportRecordManySchema),
  /** Removes a wrongly recorded report (and its file); the unit counts as not received again. */
  'unitReports.remove': channel<UnitReportRow>()(unitReportKey),
  /** Drops the attached file, keeping the received date. */
  'unitReports.removeFile': channel<UnitReportRow>()(unitReportKey),
  /** Hands the attached file to the desktop to open (a download in the harness). */
  'unitReports.openFile': channel<OpenEvidenceResult>()(unitReportKey),
  /** The chase list: expected units without a report, with contact person and phone (PDF). */
  'unitReports.chasePreview': channel<PdfFile>()(byYear),
  'unitReports.chaseSave': channel<SaveOutcome>()(yearDeliverySchema),
};
