/** The tabs of the Khen thưởng area, by the segment after `#/khen-thuong/`. */
export const AWARDS_TABS = ['catalogue', 'salaries'] as const;
export type AwardsTab = (typeof AWARDS_TABS)[number];

export const AWARDS_TAB_SLUGS: Record<AwardsTab, string> = {
  catalogue: 'danh-muc',
  salaries: 'luong-co-so',
};

/** `[]` or an unknown segment → the catalogue tab. */
export function awardsTabOf(subpath: readonly string[]): AwardsTab {
  return AWARDS_TABS.find((tab) => AWARDS_TAB_SLUGS[tab] === subpath[0]) ?? 'catalogue';
}
