import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { statisticsChannels } from '../../../../shared/api/statistics';
import { exportSaver } from './save-export';
import { deliverPdf } from './deliver';

export function statisticsHandlers(s: CoreServices): HandlersFor<typeof statisticsChannels> {
  const save = exportSaver();
  return {
    'statistics.tables': (range) => s.statistics.tables(range),
    'statistics.records': (cell) => s.statistics.records(cell),
    'statistics.charts': (range) => s.statistics.charts(range),
    'statistics.exportXlsx': (range, ctx) => save(ctx, () => s.statistics.workbook(range)),
    'statistics.pdfPreview': (range) => s.statistics.pdf(range),
    'statistics.pdfSave': async ({ fromYear, toYear, delivery }, ctx) =>
      deliverPdf(ctx, delivery, await s.statistics.pdf({ fromYear, toYear })),
  };
}
