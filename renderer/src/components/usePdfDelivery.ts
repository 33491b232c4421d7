import { useState } from 'react';
import type { SaveOutcome } from '../../../shared/api/files';
import type { Delivery, PdfFile } from '../../../shared/schemas/documents';
import type { MutationResult } from './mutation';
import { notifyDone, notifyFailed } from './notify';

interface PdfDeliveryActions {
  /** Builds the PDF and puts it in the store's preview. */
  preview(): Promise<MutationResult<PdfFile>>;
  /** Saves it, or hands it to the computer's PDF viewer ('open'). */
  deliver(delivery: Delivery): Promise<MutationResult<SaveOutcome>>;
  closePreview(): void;
  failedTitle: string;
  saved(fileName: string): string;
}

/**
 * A report PDF's button and preview: `show` builds it (the button spins meanwhile), `save` saves or
 * opens it to print, then closes the preview and says where it went; failures are notified.
 */
export function usePdfDelivery(actions: PdfDeliveryActions) {
  const [making, setMaking] = useState(false);
  const show = async () => {
    setMaking(true);
    const result = await actions.preview();
    setMaking(false);
    if (!result.ok) notifyFailed(actions.failedTitle, result.message);
  };
  const save = async (delivery: Delivery) => {
    const result = await actions.deliver(delivery);
    if (!result.ok) return notifyFailed(actions.failedTitle, result.message);
    if (!result.value.saved) return;
    actions.closePreview();
    notifyDone(actions.saved(result.value.fileName));
  };
  return { making, show, save };
}
