import { channel } from './define';
import { byId } from '../schemas/common';
import { z } from 'zod';
import {
  blankLayoutSchema,
  calibrationSchema,
  certificatesStartSchema,
  emblemUploadSchema,
  fullLayoutSettingsSchema,
  jobSchema,
  jobDeliverySchema,
  decisionDeliverySchema,
  printHistorySchema,
  samplePreviewSchema,
  type CertificateJobProgress,
  type CertificateJobStarted,
  type CertificateLayoutSettings,
  type CertificatePrint,
  type PdfFile,
} from '../schemas/documents';
import type { SaveOutcome } from './files';

const none = z.object({}).strict();

/** Everything that turns a decision into paper: the decision PDF, Giấy khen, their layout settings. */
export const documentChannels = {
  /** The decision (with its list) as a PDF for the preview; a draft is marked "DỰ THẢO". */
  'documents.decisionPreview': channel<PdfFile>()(byId),
  /** Saves the decision PDF ("QD-05-2026.pdf"). */
  'documents.decisionSave': channel<SaveOutcome>()(decisionDeliverySchema),

  /**
   * Starts rendering the Giấy khen of a signed decision (all lines or the given ones, in list order)
   * as one PDF, in the background; a draft or cancelled decision is refused.
   */
  'documents.certificatesStart': channel<CertificateJobStarted>()(certificatesStartSchema),
  'documents.certificatesProgress': channel<CertificateJobProgress>()(jobSchema),
  /** The finished PDF for the preview (NOT_FOUND while running or after a failure). */
  'documents.certificatesResult': channel<PdfFile>()(jobSchema),
  /** Saves the finished PDF and records one print per certificate, with an audit row. */
  'documents.certificatesSave': channel<SaveOutcome>()(jobDeliverySchema),
  /** Stops a running job and forgets it. */
  'documents.certificatesDiscard': channel<{ discarded: boolean }>()(jobSchema),
  /** Every recorded print of one award line, newest first. */
  'documents.printHistory': channel<CertificatePrint[]>()(printHistorySchema),

  'documents.layoutGet': channel<CertificateLayoutSettings>()(none),
  'documents.layoutSetFull': channel<CertificateLayoutSettings>()(fullLayoutSettingsSchema),
  'documents.layoutSetBlank': channel<CertificateLayoutSettings>()(blankLayoutSchema),
  /** PNG or JPEG up to 2 MB (checked by its bytes), replacing the current emblem. */
  'documents.emblemSet': channel<CertificateLayoutSettings>()(emblemUploadSchema),
  'documents.emblemRemove': channel<CertificateLayoutSettings>()(none),
  /** A sample certificate with the layout being edited. */
  'documents.samplePreview': channel<PdfFile>()(samplePreviewSchema),
  /** The calibration grid with the field boxes of the blank layout. */
  'documents.calibrationPreview': channel<PdfFile>()(calibrationSchema),
  'documents.calibrationSave': channel<SaveOutcome>()(calibrationSchema),
};
