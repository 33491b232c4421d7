import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { unitReportChannels } from '../../../../shared/api/unit-reports';
import { deliverPdf } from './deliver';

export function unitReportHandlers(s: CoreServices): HandlersFor<typeof unitReportChannels> {
  const r = s.unitReports;
  return {
    'unitReports.list': ({ year }) => r.list(year),
    'unitReports.record': (values) => r.record(values),
    'unitReports.recordMany': (values) => r.recordMany(values),
    'unitReports.remove': ({ unitId, year }) => r.remove(unitId, year),
    'unitReports.removeFile': ({ unitId, year }) => r.removeFile(unitId, year),
    'unitReports.openFile': ({ unitId, year }, ctx) => r.openFile(unitId, year, ctx.dialogs),
    'unitReports.chasePreview': ({ year }) => r.chasePdf(year),
    'unitReports.chaseSave': async ({ year, delivery }, ctx) =>
      deliverPdf(ctx, delivery, await r.chasePdf(year)),
  };
}
