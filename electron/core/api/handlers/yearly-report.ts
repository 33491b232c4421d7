import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { yearlyReportChannels } from '../../../../shared/api/yearly-report';
import { exportSaver } from './save-export';
import { oneAtATime } from './one-at-a-time';
import { deliverPdf } from './deliver';

export function yearlyReportHandlers(s: CoreServices): HandlersFor<typeof yearlyReportChannels> {
  const r = s.yearlyReport;
  const saveXlsx = exportSaver();
  const savingPdf = oneAtATime('Báo cáo đang được lưu; vui lòng đợi xong.');
  return {
    'yearlyReport.get': ({ year }) => r.get(year),
    'yearlyReport.save': (input) => r.save(input),
    'yearlyReport.markSent': ({ year, sentOn }) => r.markSent(year, sentOn),
    'yearlyReport.reopen': ({ year, reason }) => r.reopen(year, reason),
    'yearlyReport.preview': ({ year }) => r.pdf(year),
    'yearlyReport.savePdf': ({ year, delivery }, ctx) =>
      savingPdf(async () => deliverPdf(ctx, delivery, await r.pdf(year))),
    'yearlyReport.exportXlsx': ({ year }, ctx) => saveXlsx(ctx, () => r.workbook(year)),
  };
}
