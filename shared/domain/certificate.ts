import { z } from 'zod';
import type { Gender } from './registry';

/** Who a Giấy khen is for: decides the salutation ("Ông/Bà", none, "Gia đình ông/bà"). */
export type CertificateRecipientKind = 'individual' | 'collective' | 'household';

/** The signer block: the chairman signs as "CHỦ TỊCH", a vice chairman as "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export interface CertificateSigner {
  title: 'chairman' | 'vice';
  name: string;
}

/** Everything one Giấy khen shows; plain data so builders need no database. */
export interface CertificateData {
  recipientKind: CertificateRecipientKind;
  /** A person's gender ("Ông"/"Bà"), or a household head's ("Gia đình ông"/"bà"). Null when unknown. */
  gender: Gender | null;
  /** As stored (mixed case); the certificate upper-cases it. */
  name: string;
  positionUnit: string | null;
  achievement: string;
  /** "05/QĐ-UBND". */
  decisionNumberText: string;
  /** ISO YYYY-MM-DD. */
  decisionDate: string;
  registerNumber: number | null;
  /** "Lê Chân": the place of the place-date line. */
  placeName: string;
  /** "Phường Lê Chân": the authority line is "CHỦ TỊCH ỦY BAN NHÂN DÂN " + this, upper-cased. */
  wardName: string;
  signer: CertificateSigner;
}

export const PAGE_SIZES = ['A4', 'A3', 'A5'] as const;
export type CertificatePageSize = (typeof PAGE_SIZES)[number];

/** Layout of the full-page certificate (drawn entirely by the app). */
export interface FullCertificateLayout {
  pageSize: CertificatePageSize;
  orientation: 'landscape' | 'portrait';
  /** PNG or JPEG bytes shown centred at the top; null for none. */
  emblem: Uint8Array | null;
}

export const DEFAULT_FULL_LAYOUT: FullCertificateLayout = {
  pageSize: 'A4',
  orientation: 'landscape',
  emblem: null,
};

/** The variable fields printed on a pre-printed blank (phôi). */
export const BLANK_FIELDS = [
  'name',
  'positionUnit',
  'achievement',
  'decision',
  'registerNumber',
  'placeDate',
  'signerName',
] as const;
export type BlankField = (typeof BLANK_FIELDS)[number];

export const BLANK_FIELD_LABELS: Record<BlankField, string> = {
  name: 'Họ tên',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Quyết định',
  registerNumber: 'Số sổ vàng',
  placeDate: 'Địa danh, ngày tháng',
  signerName: 'Người ký',
};

const mmValue = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là số (mm).` })
    .min(0, `${label} không được âm.`)
    .max(max, `${label} không được quá ${max} mm.`);

export const blankFieldPositionSchema = z
  .object({
    xMm: mmValue('Vị trí ngang', 420),
    yMm: mmValue('Vị trí dọc', 420),
    widthMm: mmValue('Độ rộng', 420).min(5, 'Độ rộng tối thiểu 5 mm.'),
    /** The achievement also gets a height: its text shrinks to fit it. */
    heightMm: mmValue('Chiều cao', 420).min(3, 'Chiều cao tối thiểu 3 mm.'),
    fontSize: z.number().min(6, 'Cỡ chữ tối thiểu 6.').max(40, 'Cỡ chữ tối đa 40.'),
  })
  .strict();
export type BlankFieldPosition = z.infer<typeof blankFieldPositionSchema>;

export const printerOffsetSchema = z
  .object({
    xMm: z.number().min(-30, 'Độ lệch tối đa 30 mm.').max(30, 'Độ lệch tối đa 30 mm.'),
    yMm: z.number().min(-30, 'Độ lệch tối đa 30 mm.').max(30, 'Độ lệch tối đa 30 mm.'),
  })
  .strict();
export type PrinterOffset = z.infer<typeof printerOffsetSchema>;

export const blankLayoutSchema = z
  .object({
    pageSize: z.enum(PAGE_SIZES),
    orientation: z.enum(['landscape', 'portrait']),
    offset: printerOffsetSchema,
    fields: z.object({
      name: blankFieldPositionSchema,
      positionUnit: blankFieldPositionSchema,
      achievement: blankFieldPositionSchema,
      decision: blankFieldPositionSchema,
      registerNumber: blankFieldPositionSchema,
      placeDate: blankFieldPositionSchema,
      signerName: blankFieldPositionSchema,
    }),
  })
  .strict();
/** Positions in mm from the top-left of the sheet, before the printer offset is added. */
export type BlankCertificateLayout = z.infer<typeof blankLayoutSchema>;

/** A starting point for an A4 landscape phôi; every office measures its own and adjusts. */
export const DEFAULT_BLANK_LAYOUT: BlankCertificateLayout = {
  pageSize: 'A4',
  orientation: 'landscape',
  offset: { xMm: 0, yMm: 0 },
  fields: {
    name: { xMm: 60, yMm: 92, widthMm: 177, heightMm: 10, fontSize: 18 },
    positionUnit: { xMm: 60, yMm: 104, widthMm: 177, heightMm: 8, fontSize: 14 },
    achievement: { xMm: 60, yMm: 114, widthMm: 177, heightMm: 34, fontSize: 14 },
    decision: { xMm: 30, yMm: 165, widthMm: 110, heightMm: 7, fontSize: 12 },
    registerNumber: { xMm: 30, yMm: 173, widthMm: 110, heightMm: 7, fontSize: 12 },
    placeDate: { xMm: 160, yMm: 150, widthMm: 110, heightMm: 7, fontSize: 13 },
    signerName: { xMm: 160, yMm: 188, widthMm: 110, heightMm: 8, fontSize: 14 },
  },
};
