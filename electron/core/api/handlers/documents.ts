import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { documentChannels } from '../../../../shared/api/documents';
import type { PdfFile } from '../../../../shared/schemas/documents';
import type { PdfBytes } from '../../services/documents';
import { oneAtATime } from './one-at-a-time';
import { deliverer } from './deliver';

const preview = (f: PdfBytes): PdfFile => ({
  base64: f.bytes.toString('base64'),
  pageCount: f.pageCount,
  fileName: f.fileName,
});

export function documentHandlers(s: CoreServices): HandlersFor<typeof documentChannels> {
  const d = s.documents;
  // A double click on "Lưu" must not record the prints twice.
  const saving = oneAtATime('Tệp đang được lưu; vui lòng đợi xong.');
  return {
    'documents.decisionPreview': async ({ id }) => preview(await d.decisionPdf(id)),
    'documents.decisionSave': ({ id, delivery }, ctx) =>
      saving(() => d.saveDecisionPdf(id, deliverer(ctx, delivery))),
    'documents.certificatesStart': ({ decisionId, lineIds, mode }) =>
      d.startCertificates(decisionId, lineIds, mode),
    'documents.certificatesProgress': ({ jobId }) => d.progress(jobId),
    'documents.certificatesResult': ({ jobId }) => preview(d.certificatesResult(jobId)),
    'documents.certificatesSave': ({ jobId, delivery }, ctx) =>
      saving(() => d.saveCertificates(jobId, deliverer(ctx, delivery))),
    'documents.certificatesDiscard': ({ jobId }) => ({ discarded: d.discard(jobId) }),
    'documents.printHistory': ({ lineId }) => d.printHistory(lineId),
    'documents.layoutGet': () => d.layout(),
    'documents.layoutSetFull': (values) => d.setFullLayout(values),
    'documents.layoutSetBlank': (values) => d.setBlankLayout(values),
    'documents.emblemSet': ({ fileName, base64 }) => d.setEmblem(fileName, base64),
    'documents.emblemRemove': () => d.removeEmblem(),
    'documents.samplePreview': async ({ mode, full, blank }) => preview(await d.samplePdf(mode, full, blank)),
    'documents.calibrationPreview': async ({ blank }) => preview(await d.calibrationPdf(blank)),
    'documents.calibrationSave': ({ blank }, ctx) =>
      saving(async () => {
        const f = await d.calibrationPdf(blank);
        return ctx.dialogs.saveFile({
          suggestedName: f.fileName,
          filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
          bytes: f.bytes,
        });
      }),
  };
}
