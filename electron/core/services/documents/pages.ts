// Which builder draws a batch of certificates, and the sample the layout panel previews.
import { buildCertificatePages } from '../../pdf/certificate-full';
import { todayIso } from '../../../../shared/rules/dates';
import { buildBlankPages, buildCalibrationPage } from '../../pdf/certificate-blank';
import type { DocDefinition, TextMeasurer } from '../../pdf/doc';
import type { BlankCertificateLayout, CertificateData } from '../../../../shared/domain/certificate';
import type { CertificateMode, FullLayoutSettings } from '../../../../shared/schemas/documents';
import type { Settings } from '../../../../shared/schemas/settings';

export const SAMPLE_FILE = 'Giay-khen-mau.pdf';
export const CALIBRATION_FILE = 'Trang-can-chinh-phoi.pdf';

export interface PrintLayouts {
  full: FullLayoutSettings;
  blank: BlankCertificateLayout;
  /** PNG/JPEG bytes of the emblem, full page only. */
  emblem: Uint8Array | null;
}

export function certificatePages(
  batch: readonly CertificateData[],
  mode: CertificateMode,
  layout: PrintLayouts,
  measure: TextMeasurer,
): DocDefinition {
  return mode === 'full'
    ? buildCertificatePages(batch, { ...layout.full, emblem: layout.emblem }, measure)
    : buildBlankPages(batch, layout.blank, measure);
}

export const calibrationPage = (blank: BlankCertificateLayout): DocDefinition => buildCalibrationPage(blank);

/** A made-up certificate in the office's own words (ward, place, chairman) dated today. */
export function buildSample(settings: Settings, now: Date): CertificateData {
  const iso = todayIso(now); // the office computer's day, as everywhere else
  return {
    recipientKind: 'individual',
    gender: 'male',
    name: 'Nguyễn Văn A',
    positionUnit: 'Tổ trưởng Tổ dân phố số 3',
    achievement: `Đã có thành tích xuất sắc trong phong trào thi đua năm ${iso.slice(0, 4)}`,
    decisionNumberText: `01/${settings.decisionSuffix}`,
    decisionDate: iso,
    registerNumber: 1,
    placeName: settings.placeName,
    wardName: settings.wardName,
    signer: { title: 'chairman', name: settings.chairman.name || 'Họ và tên người ký' },
  };
}
