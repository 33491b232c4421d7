/** The tabs of the Khen thưởng area, by the segment after `#/khen-thuong/`. */
export const AWARDS_TABS = [
  'decisions',
  'proposals',
  'lookup',
  'catalogue',
  'salaries',
  'certificates',
] as const;
export type AwardsTab = (typeof AWARDS_TABS)[number];

export const AWARDS_TAB_SLUGS: Record<AwardsTab, string> = {
  decisions: 'quyet-dinh',
  proposals: 'de-nghi',
  lookup: 'tra-cuu',
  catalogue: 'danh-muc',
  salaries: 'luong-co-so',
  certificates: 'giay-khen',
};

/** `[]` or an unknown segment → the decisions tab. */
export function awardsTabOf(subpath: readonly string[]): AwardsTab {
  return AWARDS_TABS.find((tab) => AWARDS_TAB_SLUGS[tab] === subpath[0]) ?? 'decisions';
}
