import { z } from 'zod';
import { id } from './common';
import { PAGE_SIZES, blankLayoutSchema, type BlankCertificateLayout } from '../domain/certificate';

/** Full page drawn by the app, or only the variable fields on a pre-printed blank (phôi). */
export const CERTIFICATE_MODES = ['full', 'blank_form'] as const;
export type CertificateMode = (typeof CERTIFICATE_MODES)[number];
export const CERTIFICATE_MODE_LABELS: Record<CertificateMode, string> = {
  full: 'In cả trang',
  blank_form: 'In trên phôi',
};

const mode = z.enum(CERTIFICATE_MODES, { error: 'Vui lòng chọn cách in (cả trang hoặc trên phôi).' });

/** The full-page certificate's paper (the emblem is stored apart, as an attachment). */
export const fullLayoutSettingsSchema = z
  .object({
    pageSize: z.enum(PAGE_SIZES, { error: 'Khổ giấy phải là A3, A4 hoặc A5.' }),
    orientation: z.enum(['landscape', 'portrait'], { error: 'Vui lòng chọn hướng giấy.' }),
  })
  .strict();
export type FullLayoutSettings = z.output<typeof fullLayoutSettingsSchema>;

export { blankLayoutSchema };

/** Emblem limit: a logo, not a photograph. */
export const EMBLEM_MAX_BYTES = 2 * 1024 * 1024;

export const emblemUploadSchema = z
  .object({
    fileName: z.string().trim().min(1, 'Thiếu tên tệp.').max(255),
    // base64 grows 4/3; a little slack so the service, not the schema, reports the size in words.
    base64: z
      .string()
      .max(Math.ceil((EMBLEM_MAX_BYTES * 4) / 3) + 1024, 'Ảnh quốc huy/biểu trưng quá lớn (tối đa 2 MB).'),
  })
  .strict();

export const certificatesStartSchema = z
  .object({
    decisionId: id,
    /** Null = every line of the decision; otherwise these lines, printed in the list's order. */
    lineIds: z.array(id).min(1, 'Chưa chọn dòng nào để in.').max(5000).nullable(),
    mode,
  })
  .strict();

export const jobSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();

/**
 * Where a finished PDF goes: `save` asks where to save it; `open` hands it to the computer's PDF
 * viewer to print from (a download in the browser harness). Both record the prints.
 */
export const DELIVERIES = ['save', 'open'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const deliverySchema = z.enum(DELIVERIES).default('save');
export const jobDeliverySchema = z
  .object({ jobId: z.string().min(1).max(64), delivery: deliverySchema })
  .strict();
export const decisionDeliverySchema = z.object({ id, delivery: deliverySchema }).strict();

export const printHistorySchema = z.object({ lineId: id }).strict();

/** A sample certificate with the layout being edited (not yet saved). */
export const samplePreviewSchema = z
  .object({
    mode,
    full: fullLayoutSettingsSchema.nullable(),
    blank: blankLayoutSchema.nullable(),
  })
  .strict();

/** The calibration page of the given layout (the form's), or of the saved one when null. */
export const calibrationSchema = z.object({ blank: blankLayoutSchema.nullable() }).strict();

/** A PDF for the in-app preview. */
export interface PdfFile {
  base64: string;
  pageCount: number;
  /** Suggested file name, e.g. "QD-05-2026.pdf". */
  fileName: string;
}

export interface CertificateJobStarted {
  jobId: string;
  total: number;
}

export type CertificateJobStatus = 'running' | 'done' | 'failed';

export interface CertificateJobProgress {
  done: number;
  total: number;
  status: CertificateJobStatus;
  /** Why it failed, in Vietnamese. */
  message: string | null;
}

/** One recorded print of a certificate. */
export interface CertificatePrint {
  id: number;
  lineId: number;
  printedAt: string;
  printedBy: string;
  mode: CertificateMode;
  copies: number;
}

export interface EmblemInfo {
  fileName: string;
  mimeType: 'image/png' | 'image/jpeg';
  sizeBytes: number;
  /** For the settings panel's preview. */
  dataUrl: string;
}

export interface CertificateLayoutSettings {
  full: FullLayoutSettings;
  blank: BlankCertificateLayout;
  emblem: EmblemInfo | null;
}
