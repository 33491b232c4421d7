import { channel } from './define';
import {
  byYear,
  yearDeliverySchema,
  yearlyReportReopenSchema,
  yearlyReportSaveSchema,
  yearlyReportSentSchema,
  type YearlyReport,
} from '../schemas/reports';
import type { PdfFile } from '../schemas/documents';
import type { SaveOutcome } from './files';

/** The ward's "Báo cáo tổng kết công tác thi đua, khen thưởng năm N": narrative per year + figures from the data. */
export const yearlyReportChannels = {
  'yearlyReport.get': channel<YearlyReport>()(byYear),
  /** Saves number, date and the typed sections; refused once the report is marked sent. */
  'yearlyReport.save': channel<YearlyReport>()(yearlyReportSaveSchema),
  /** Marks the report sent to the city: its text is then read-only. */
  'yearlyReport.markSent': channel<YearlyReport>()(yearlyReportSentSchema),
  /** Back to draft, with the reason recorded in the history. */
  'yearlyReport.reopen': channel<YearlyReport>()(yearlyReportReopenSchema),
  /** The report as a PDF (ND 30/2020 layout, tables and charts attached); a draft is marked "DỰ THẢO". */
  'yearlyReport.preview': channel<PdfFile>()(byYear),
  'yearlyReport.savePdf': channel<SaveOutcome>()(yearDeliverySchema),
  /** The same tables as an Excel workbook. */
  'yearlyReport.exportXlsx': channel<SaveOutcome>()(byYear),
};
