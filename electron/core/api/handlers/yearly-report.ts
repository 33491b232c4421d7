import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { yearlyReportChannels } from '../../../../shared/api/yearly-report';
import { exportSaver } from './save-export';
import { oneAtATime } from './one-at-a-time';

const PDF_FILTER = [{ name: 'Tệp PDF', extensions: ['pdf'] }];

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
    'yearlyReport.savePdf': ({ year }, ctx) =>
      savingPdf(async () => {
        const f = await r.pdf(year);
        return ctx.dialogs.saveFile({
          suggestedName: f.fileName,
          filters: PDF_FILTER,
          bytes: Buffer.from(f.base64, 'base64'),
        });
      }),
    'yearlyReport.exportXlsx': ({ year }, ctx) => saveXlsx(ctx, () => r.workbook(year)),
  };
}
