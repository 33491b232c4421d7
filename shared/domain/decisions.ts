/** Codes stored for decisions (Quyết định khen thưởng) and their lines, with their Vietnamese labels. */

export const DECISION_STATUSES = ['draft', 'signed', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo',
  signed: 'Đã ký',
  cancelled: 'Đã hủy',
};

/** Khen thưởng thường xuyên / theo chuyên đề / đột xuất (Thông tư 02/2023 counts awards by method). */
export const DECISION_METHODS = ['regular', 'thematic', 'ad_hoc'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];
export const DECISION_METHOD_LABELS: Record<DecisionMethod, string> = {
  regular: 'Thường xuyên',
  thematic: 'Theo chuyên đề',
  ad_hoc: 'Đột xuất',
};

/** The chairman signs "CHỦ TỊCH"; a vice chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export const SIGNER_KINDS = ['chairman', 'vice'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];

/** How a decision's list is ordered inside each section (collectives, individuals, households). */
export const RECIPIENT_ORDERS = ['entered', 'vietnamese'] as const;
export type RecipientOrder = (typeof RECIPIENT_ORDERS)[number];
export const RECIPIENT_ORDER_LABELS: Record<RecipientOrder, string> = {
  entered: 'Theo thứ tự nhập',
  vietnamese: 'Theo tên (thứ tự tiếng Việt)',
};

/** Số sổ vàng: one running register per calendar year, or a single register that never restarts. */
export const REGISTER_NUMBERINGS = ['per_year', 'single'] as const;
export type RegisterNumbering = (typeof REGISTER_NUMBERINGS)[number];
export const REGISTER_NUMBERING_LABELS: Record<RegisterNumbering, string> = {
  per_year: 'Đánh số lại từ 1 mỗi năm',
  single: 'Một sổ đánh số liên tục qua các năm',
};

/** The list's sections, in the order the decision prints them (I. Tập thể, II. Cá nhân, III. Hộ gia đình). */
export const SECTION_ORDER = ['collective', 'individual', 'household'] as const;
export const SECTION_TITLES = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
} as const;

/** What an eligibility hint is about; hints warn while the list is built, they never block. */
export const HINT_CODES = [
  /** Already awarded the same title/form for an overlapping achievement period. */
  'already_awarded',
  /** "Chiến sĩ thi đua cơ sở" without "Lao động tiên tiến" in the same year. */
  'cstd_without_ldtt',
  /** The person's unit (or the unit itself) is no longer active. */
  'inactive_unit',
  /** A higher title for the same recipient and period is paid: this line carries no money. */
  'not_paid_higher_title',
  /** The same recipient appears twice in this list. */
  'duplicate_in_list',
  /** The catalogue entry does not allow this recipient kind, or is retired. */
  'catalogue_mismatch',
] as const;
export type HintCode = (typeof HINT_CODES)[number];
