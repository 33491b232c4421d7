import type { RecipientKind } from './awards';
import type { SignerKind } from './decisions';
import type { Gender } from './registry';

/** Everything the decision PDF (ND 30/2020 layout) prints; plain data so the builder needs no database. */
export interface DecisionDocumentData {
  /** "Phường Lê Chân". */
  wardName: string;
  /** "Lê Chân": the place of the place-date line. */
  placeName: string;
  /** "05/QĐ-UBND"; null prints "Số:      /QĐ-UBND" (a draft). */
  numberText: string | null;
  /** The suffix, for a draft without a number. */
  decisionSuffix: string;
  /** ISO date; null prints "ngày    tháng    năm" (a draft). */
  decisionDate: string | null;
  /** "Về việc tặng Giấy khen cho các tập thể, cá nhân …". */
  subject: string;
  /** Căn cứ lines, as typed. */
  legalBases: string[];
  /** The award's name: "Giấy khen của Chủ tịch UBND phường", "Lao động tiên tiến". */
  awardName: string;
  awardKind: 'title' | 'form';
  /** Short achievement description for Điều 1, e.g. "đã có thành tích xuất sắc trong năm 2026". */
  defaultAchievement: string | null;
  signer: { kind: SignerKind; name: string } | null;
  /** Lines in print order. */
  lines: DecisionDocumentLine[];
  /** True while the decision is a draft: the PDF says "DỰ THẢO". */
  draft: boolean;
}

export interface DecisionDocumentLine {
  recipientKind: RecipientKind;
  name: string;
  positionUnit: string | null;
  achievement: string | null;
  /** Đồng. */
  amount: number;
  /** Household lines: the head's gender, printed "Gia đình ông …" / "Gia đình bà …"; unknown prints the name alone. */
  headGender?: Gender | null;
}
