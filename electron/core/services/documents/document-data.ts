// Maps a decision, its lines and the settings to the plain data the PDF builders print.
import type { Db } from '../../db/types';
import { prepared } from '../../db/repos/prepared';
import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';
import type { Settings } from '../../../../shared/schemas/settings';
import type { CertificateData } from '../../../../shared/domain/certificate';
import type { DecisionDocumentData } from '../../../../shared/domain/decision-document';
import type { Gender } from '../../../../shared/domain/registry';
import { AppError } from '../../../../shared/errors';

/** Used when neither the line nor the decision has an achievement text. */
const FALLBACK_ACHIEVEMENT = 'xuất sắc';

/** The gender of each person among the lines (drives "Ông/Bà"); one query for the whole list. */
export function personGenders(db: Db, lines: readonly AwardLine[]): Map<number, Gender | null> {
  const ids = lines.filter((l) => l.recipientKind === 'individual').map((l) => l.recipientId);
  if (ids.length === 0) return new Map();
  const rows = prepared(db, 'SELECT id, gender FROM people WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; gender: Gender | null }[];
  return new Map(rows.map((r) => [r.id, r.gender]));
}

/** "có thành tích xuất sắc …" would print as "Đã có thành tích có thành tích …": drop the repeat. */
const achievementOf = (text: string): string => text.replace(/^\s*có thành tích\s+/i, '');

/** Certificates are printed from signed decisions only: the number and số sổ vàng come at signing. */
export function assertPrintable(decision: Decision): void {
  if (decision.status === 'draft')
    throw new AppError(
      'CONFLICT',
      'Quyết định còn là dự thảo: số quyết định và số sổ vàng chỉ có khi ký. Hãy ký quyết định trước khi in Giấy khen.',
    );
  if (decision.status === 'cancelled')
    throw new AppError('CONFLICT', 'Quyết định đã bị hủy: không in Giấy khen của quyết định này.');
  if (!decision.signer || !decision.numberText || !decision.decisionDate)
    throw new AppError('CONFLICT', 'Quyết định thiếu số, ngày hoặc người ký: chưa in được Giấy khen.');
}

/** The gender a line prints with: a person's (by person id), a household head's (by line id). */
function genderOf(
  line: AwardLine,
  genders: Map<number, Gender | null>,
  headGenders: Map<number, Gender | null>,
): Gender | null {
  if (line.recipientKind === 'individual') return genders.get(line.recipientId) ?? null;
  if (line.recipientKind === 'household') return headGenders.get(line.id) ?? null;
  return null;
}

/**
 * One Giấy khen per line; the decision must have passed assertPrintable. `headGenders` holds the
 * household heads' genders by line id (householdHeadGenders: the snapshot taken at signing).
 */
export function certificateData(
  decision: Decision,
  lines: readonly AwardLine[],
  settings: Settings,
  genders: Map<number, Gender | null>,
  headGenders: Map<number, Gender | null>,
): CertificateData[] {
  const signer = decision.signer!;
  return lines.map((line) => ({
    recipientKind: line.recipientKind,
    gender: genderOf(line, genders, headGenders),
    name: line.name,
    positionUnit: line.positionUnit,
    achievement: achievementOf(line.achievement ?? decision.defaultAchievement ?? FALLBACK_ACHIEVEMENT),
    decisionNumberText: decision.numberText!,
    decisionDate: decision.decisionDate!,
    registerNumber: line.registerNumber,
    placeName: settings.placeName,
    wardName: settings.wardName,
    signer: { title: signer.kind, name: signer.name },
  }));
}

/** 'title' or 'form' of the decision's award (a form when unknown, as a draft may lack it). */
export function awardKind(db: Db, catalogueId: number | null): 'title' | 'form' {
  if (catalogueId === null) return 'form';
  const row = prepared(db, 'SELECT kind FROM award_catalogue WHERE id = ?').get(catalogueId) as
    { kind: 'title' | 'form' } | undefined;
  return row?.kind ?? 'form';
}

export function decisionDocumentData(
  decision: Decision,
  lines: readonly AwardLine[],
  settings: Settings,
  kind: 'title' | 'form',
  headGenders: Map<number, Gender | null>,
): DecisionDocumentData {
  return {
    wardName: settings.wardName,
    placeName: settings.placeName,
    numberText: decision.numberText,
    decisionSuffix: settings.decisionSuffix,
    decisionDate: decision.decisionDate,
    subject: decision.subject ?? '',
    legalBases: decision.legalBases,
    awardName: decision.catalogueName ?? lines[0]?.catalogueName ?? '',
    awardKind: kind,
    defaultAchievement: decision.defaultAchievement,
    signer: decision.signer ? { kind: decision.signer.kind, name: decision.signer.name } : null,
    lines: lines.map((l) => ({
      recipientKind: l.recipientKind,
      name: l.name,
      positionUnit: l.positionUnit,
      achievement: l.achievement,
      amount: l.amount,
      headGender: l.recipientKind === 'household' ? (headGenders.get(l.id) ?? null) : null,
    })),
    draft: decision.status === 'draft',
  };
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** "QD-05-2026" for a numbered decision, "QD-du-thao-<id>" for a draft without a number. */
export function decisionFileStem(decision: Decision): string {
  if (decision.number === null) return `QD-du-thao-${decision.id}`;
  return `QD-${String(decision.number).padStart(2, '0')}-${decision.year}`;
}

/** "Giay-khen-QD-05-2026.pdf", "-phoi" for the blank-form mode. */
export function certificatesFileName(decision: Decision, mode: 'full' | 'blank_form'): string {
  return `${ascii(`Giay-khen-${decisionFileStem(decision)}`)}${mode === 'blank_form' ? '-phoi' : ''}.pdf`;
}
