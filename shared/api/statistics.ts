import { channel } from './define';
import { statCellSchema, yearRangeDeliverySchema, yearRangeSchema } from '../schemas/reports';
import type { PdfFile } from '../schemas/documents';
import type { StatCellRecords, StatisticsCharts, StatisticsReport } from '../domain/statistics';
import type { SaveOutcome } from './files';

/** The statistics tables (Thông tư 02/2023 dimensions), the records behind each cell, the charts. */
export const statisticsChannels = {
  /** Every table for a year or a range; computed from the data each time (same data, same numbers). */
  'statistics.tables': channel<StatisticsReport>()(yearRangeSchema),
  /** The records a cell counts (or sums), so every number can be traced. */
  'statistics.records': channel<StatCellRecords>()(statCellSchema),
  'statistics.charts': channel<StatisticsCharts>()(yearRangeSchema),
  /** The tables as an Excel workbook, one sheet per table ("Thong-ke-2026.xlsx"). */
  'statistics.exportXlsx': channel<SaveOutcome>()(yearRangeSchema),
  /** The tables and charts as a PDF to preview ("Thong-ke-2026.pdf" / "Thong-ke-2021-2026.pdf"). */
  'statistics.pdfPreview': channel<PdfFile>()(yearRangeSchema),
  /** The same PDF saved, or handed to the computer's PDF viewer to print (delivery 'open'). */
  'statistics.pdfSave': channel<SaveOutcome>()(yearRangeDeliverySchema),
};
