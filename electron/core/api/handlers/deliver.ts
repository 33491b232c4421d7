import type { RequestContext } from '../router';
import type { SaveFileRequest } from '../../files/dialogs';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { Delivery, PdfFile } from '../../../../shared/schemas/documents';

/**
 * The transport's way of delivering a finished PDF: its save dialog, or (delivery 'open') its PDF
 * viewer, reported like a save so the prints are recorded the same way. A transport without a
 * viewer saves instead.
 */
export function deliverer(ctx: RequestContext, delivery: Delivery) {
  const open = ctx.dialogs.openFile;
  if (delivery === 'save' || open === undefined) return (r: SaveFileRequest) => ctx.dialogs.saveFile(r);
  return async (r: SaveFileRequest): Promise<SaveOutcome> => {
    const o = await open({ fileName: r.suggestedName, bytes: r.bytes, mimeType: 'application/pdf' });
    return o.opened
      ? { saved: true, fileName: r.suggestedName, location: o.location, sizeBytes: r.bytes.byteLength }
      : { saved: false };
  };
}

/** Delivers a report PDF built for the preview (the chase list, the yearly summary). */
export function deliverPdf(ctx: RequestContext, delivery: Delivery, file: PdfFile): Promise<SaveOutcome> {
  return deliverer(
    ctx,
    delivery,
  )({
    suggestedName: file.fileName,
    filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    bytes: Buffer.from(file.base64, 'base64'),
  });
}
