/** Codes stored in the database for the award catalogue and award money, with their Vietnamese labels. */

export const RECIPIENT_KINDS = ['collective', 'individual', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
};

export const CATALOGUE_KINDS = ['title', 'form'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];
export const CATALOGUE_KIND_LABELS: Record<CatalogueKind, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const CATALOGUE_LEVELS = ['ward', 'upward'] as const;
export type CatalogueLevel = (typeof CATALOGUE_LEVELS)[number];
export const CATALOGUE_LEVEL_LABELS: Record<CatalogueLevel, string> = {
  ward: 'Phường quyết định',
  upward: 'Đề nghị cấp trên',
};

/**
 * Household award money is 1.5 × the individual amount; ND 152/2025 does not say whether the
 * individual amount is rounded up first. Both orders are offered (domain.md: a setting).
 */
export const HOUSEHOLD_ROUNDINGS = ['multiply-then-round', 'round-then-multiply'] as const;
export type HouseholdRounding = (typeof HOUSEHOLD_ROUNDINGS)[number];
export const HOUSEHOLD_ROUNDING_LABELS: Record<HouseholdRounding, string> = {
  'multiply-then-round': 'Nhân 1,5 rồi làm tròn (hệ số 0,45 × lương cơ sở, làm tròn một lần)',
  'round-then-multiply': 'Làm tròn mức cá nhân rồi nhân 1,5 (làm tròn lại lên hàng chục nghìn)',
};
