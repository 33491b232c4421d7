// The wording of a Quyết định khen thưởng and its attached list (ND 30/2020 Phụ lục I): pure
// string functions, so the layout files only place text and the wording is testable alone.
import type { RecipientKind } from '../../../shared/domain/awards';
import type { DecisionDocumentData, DecisionDocumentLine } from '../../../shared/domain/decision-document';
import { SECTION_ORDER } from '../../../shared/domain/decisions';
import { GENDER_SALUTATIONS } from '../../../shared/domain/registry';
import { formatDate, formatPlaceDate } from '../../../shared/rules/dates';
import { formatNumberVi } from '../../../shared/rules/money';
import { normalizeMultiline, normalizeText } from '../../../shared/rules/text';
import { upperVi } from './certificate-text';

/** Blank space left for the number and the date on a draft, filled in by hand when it is signed. */
const BLANK = '\u00A0'.repeat(6);

const SECTION_NAMES: Record<RecipientKind, string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
};

/** "Số: 05/QĐ-UBND", or "Số:      /QĐ-UBND" for a draft without a number. */
export function numberLine(d: DecisionDocumentData): string {
  const n = d.numberText === null ? '' : normalizeText(d.numberText);
  return n === '' ? `Số:${BLANK}/${normalizeText(d.decisionSuffix)}` : `Số: ${n}`;
}

/** "Lê Chân, ngày 05 tháng 7 năm 2026", or blanks to fill by hand on an undated draft. */
export function placeDateLine(d: DecisionDocumentData): string {
  if (d.decisionDate !== null) return formatPlaceDate(d.placeName, d.decisionDate);
  const place = normalizeText(d.placeName);
  const blank = `ngày${BLANK}tháng${BLANK}năm 20…`;
  return place === '' ? `N${blank.slice(1)}` : `${place}, ${blank}`;
}

/** "PHƯỜNG LÊ CHÂN": the issuing body's own line, under "ỦY BAN NHÂN DÂN". */
export const wardLine = (d: DecisionDocumentData): string => upperVi(d.wardName);

/** "phường Lê Chân" inside a sentence: the leading kind word in lower case. */
const wardInSentence = (wardName: string): string => {
  const w = normalizeText(wardName);
  return w.charAt(0).toLocaleLowerCase('vi-VN') + w.slice(1);
};

/** The subject as typed, with "Về việc" added when it was left out. */
export function subjectLine(d: DecisionDocumentData): string {
  const s = normalizeText(d.subject);
  return /^(về việc|v\/v)\b/i.test(s) ? s : `Về việc ${s}`;
}

/** Each căn cứ line ends with ";" except the last, which ends with "."; blank lines are dropped. */
export function legalBasisLines(bases: readonly string[]): string[] {
  const lines = bases.map(normalizeText).filter((l) => l !== '');
  return lines.map((l, i) => `${l.replace(/[\s;:,.]+$/, '')}${i === lines.length - 1 ? '.' : ';'}`);
}

/** The award name without surrounding quotes, so a title can be quoted once. */
const bareAwardName = (d: DecisionDocumentData): string =>
  normalizeText(d.awardName).replace(/^["“”']+|["“”']+$/g, '');

/** Lines grouped by recipient kind, in the decision's order, keeping only non-empty sections. */
export function sections(
  lines: readonly DecisionDocumentLine[],
): { kind: RecipientKind; lines: DecisionDocumentLine[] }[] {
  return SECTION_ORDER.map((kind) => ({ kind, lines: lines.filter((l) => l.recipientKind === kind) })).filter(
    (s) => s.lines.length > 0,
  );
}

/** "a, b và c" */
function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** "2 tập thể, 3 cá nhân và 1 hộ gia đình": only the groups that have someone. */
export const countsPhrase = (lines: readonly DecisionDocumentLine[]): string =>
  joinVi(sections(lines).map((s) => `${s.lines.length} ${SECTION_NAMES[s.kind]}`));

/** "các tập thể, cá nhân, hộ gia đình" limited to the groups present (all three when the list is empty). */
function recipientsPhrase(lines: readonly DecisionDocumentLine[]): string {
  const kinds = sections(lines).map((s) => SECTION_NAMES[s.kind]);
  return `các ${(kinds.length > 0 ? kinds : Object.values(SECTION_NAMES)).join(', ')}`;
}

const endSentence = (s: string): string => `${s.replace(/[\s;:,.]+$/, '')}.`;

export const totalAmount = (d: DecisionDocumentData): number => d.lines.reduce((sum, l) => sum + l.amount, 0);

/** One article: its number and its paragraphs (the first follows "Điều n." on the same line). */
export interface Article {
  number: number;
  paragraphs: string[];
}

/** Điều 1 (the award), Điều 2 (the money, left out when there is none), then who carries it out. */
export function articles(d: DecisionDocumentData): Article[] {
  const counts = countsPhrase(d.lines);
  const who = counts === '' ? '' : ` cho ${counts}`;
  const verb =
    d.awardKind === 'title'
      ? `Công nhận danh hiệu “${bareAwardName(d)}”${who}`
      : `Tặng ${bareAwardName(d)}${who}`;
  // Mid-sentence after "(có danh sách kèm theo)": "Đã có thành tích…" reads "đã có thành tích…".
  const typed = d.defaultAchievement === null ? '' : normalizeText(d.defaultAchievement);
  const achievement = typed.charAt(0).toLocaleLowerCase('vi') + typed.slice(1);
  const award = endSentence(`${verb} (có danh sách kèm theo)${achievement === '' ? '' : ` ${achievement}`}`);
  const out: string[][] = [[award]];
  const total = totalAmount(d);
  if (total > 0) {
    out.push([
      'Tiền thưởng kèm theo được chi từ Quỹ thi đua, khen thưởng của phường theo quy định hiện hành. ' +
        `Tổng số tiền: ${formatNumberVi(total)} đồng.`,
    ]);
  }
  out.push([
    'Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, ' +
      `đơn vị có liên quan và ${recipientsPhrase(d.lines)} có tên tại Điều 1 chịu trách nhiệm thi hành ` +
      'Quyết định này.',
    'Quyết định này có hiệu lực kể từ ngày ký.',
  ]);
  return out.map((paragraphs, i) => ({ number: i + 1, paragraphs }));
}

/** Nơi nhận: the executing article first, the archive line last (ND 30/2020). */
export function recipientsList(executingArticle: number): string[] {
  return [`- Như Điều ${executingArticle};`, '- Chủ tịch, các PCT UBND phường;', '- Lưu: VT, VHXH.'];
}

/** ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["CHỦ TỊCH"], or two blank lines on an unsigned draft. */
export function signerTitleLines(d: DecisionDocumentData): string[] {
  if (d.signer === null) return [' ', ' '];
  return d.signer.kind === 'vice' ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH'];
}

export const signerName = (d: DecisionDocumentData): string =>
  d.signer === null ? '' : normalizeText(d.signer.name);

/** "ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG" / "ĐƯỢC CÔNG NHẬN DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”". */
export function listSubtitle(d: DecisionDocumentData): string {
  const name = upperVi(bareAwardName(d));
  return d.awardKind === 'title' ? `ĐƯỢC CÔNG NHẬN DANH HIỆU “${name}”` : `ĐƯỢC TẶNG ${name}`;
}

/** "05/7/2026": days two digits, months 1-2 padded, as in the long date form. */
function shortDate(iso: string): string {
  const [day, month, year] = formatDate(iso).split('/');
  return `${day}/${Number(month) <= 2 ? month : String(Number(month))}/${year}`;
}

/** "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/7/2026 của Chủ tịch UBND phường Lê Chân)". */
export function attachedToLine(d: DecisionDocumentData): string {
  const n = d.numberText === null ? '' : normalizeText(d.numberText);
  const number = n === '' ? `${BLANK}/${normalizeText(d.decisionSuffix)}` : n;
  const date = d.decisionDate === null ? `${BLANK}/${BLANK}/20…` : shortDate(d.decisionDate);
  return `(Kèm theo Quyết định số ${number} ngày ${date} của Chủ tịch UBND ${wardInSentence(d.wardName)})`;
}

/** "I", "II", "III", "IV": the list has at most three sections. */
export const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V'][n - 1] ?? String(n);

/** "I. TẬP THỂ" */
export const sectionTitle = (kind: RecipientKind, index: number): string =>
  `${roman(index)}. ${upperVi(SECTION_NAMES[kind])}`;

export const cellText = (s: string | null): string => (s === null ? '' : normalizeMultiline(s));

/**
 * The name cell of a line: a household whose head's gender is known prints "Gia đình ông Phạm Văn
 * Bình" / "Gia đình bà …" (unless the text already says whose family it is); otherwise the name as
 * snapshotted, as before the gender was recorded.
 */
export function lineName(line: DecisionDocumentLine): string {
  const name = cellText(line.name);
  const gender = line.recipientKind === 'household' ? (line.headGender ?? null) : null;
  if (gender === null || /^(gia đình|hộ)\s/iu.test(name)) return name;
  return `Gia đình ${GENDER_SALUTATIONS[gender].toLocaleLowerCase('vi')} ${name}`;
}

/** "(Danh sách có 5 trường hợp)" */
export const listCountLine = (d: DecisionDocumentData): string =>
  `(Danh sách có ${d.lines.length} trường hợp)`;

export { formatNumberVi };
