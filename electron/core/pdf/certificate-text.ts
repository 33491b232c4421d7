// The wording of a Giấy khen, shared by the full-page and the pre-printed-blank modes.
import type { CertificateData } from '../../../shared/domain/certificate';
import { GENDER_SALUTATIONS } from '../../../shared/domain/registry';
import { formatDate, formatPlaceDate } from '../../../shared/rules/dates';
import { normalizeMultiline, normalizeText } from '../../../shared/rules/text';

/** Upper case with Vietnamese rules (NFC first, so tone marks stay on their letters). */
export const upperVi = (s: string): string => normalizeText(s).toLocaleUpperCase('vi-VN');

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN" from the ward name "Phường Lê Chân". */
export const authorityLine = (wardName: string): string => `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upperVi(wardName)}`;

/** "Ông: NGUYỄN VĂN A", "Bà: …", a collective's name as is (upper-cased), "Gia đình ông/bà …". */
export function recipientLine(d: CertificateData): string {
  const name = upperVi(d.name);
  if (d.recipientKind === 'collective') return name;
  if (d.recipientKind === 'household') {
    const head = d.gender ? GENDER_SALUTATIONS[d.gender].toLowerCase() : 'ông/bà';
    return `Gia đình ${head} ${name}`;
  }
  return d.gender ? `${GENDER_SALUTATIONS[d.gender]}: ${name}` : `Ông/Bà: ${name}`;
}

/** The recipient's name alone (upper-cased), for a blank whose "Ông/Bà" is pre-printed. */
export const recipientName = (d: CertificateData): string => upperVi(d.name);

export const positionUnitLine = (d: CertificateData): string | null =>
  d.positionUnit && normalizeText(d.positionUnit) !== ''
    ? `Chức vụ, đơn vị: ${normalizeText(d.positionUnit)}`
    : null;

/** "Đã có thành tích …": the achievement text, with the lead-in added unless it already starts so. */
export function achievementText(d: CertificateData): string {
  const text = normalizeMultiline(d.achievement);
  return /^đã có thành tích/i.test(text) ? text : `Đã có thành tích ${text}`;
}

/** "Quyết định số 05/QĐ-UBND ngày 05/7/2026": the day always two digits, the month as in formatLongDate. */
export function decisionLine(d: CertificateData): string {
  const [day, month, year] = formatDate(d.decisionDate).split('/');
  // ND 30/2020 pads months 1-2 only, as formatLongDate does.
  const m = Number(month) <= 2 ? month : String(Number(month));
  return `Quyết định số ${normalizeText(d.decisionNumberText)} ngày ${day}/${m}/${year}`;
}

export const registerLine = (d: CertificateData): string | null =>
  d.registerNumber === null ? null : `Số sổ vàng: ${d.registerNumber}`;

export const placeDateLine = (d: CertificateData): string => formatPlaceDate(d.placeName, d.decisionDate);

/** ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] or ["CHỦ TỊCH"]. */
export const signerTitleLines = (d: CertificateData): string[] =>
  d.signer.title === 'vice' ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH'];

export const signerName = (d: CertificateData): string => normalizeText(d.signer.name);

/**
 * The largest font size from `start` down to `min` (in `step`s) at which `text` fits `height`;
 * `min` if nothing fits (the caller then clips nothing: the box was sized for at least `min`).
 */
export function fitFontSize(
  measure: (fontSize: number) => number,
  height: number,
  start: number,
  min: number,
  step = 0.5,
): number {
  for (let size = start; size > min; size -= step) {
    if (measure(size) <= height) return size;
  }
  return min;
}
