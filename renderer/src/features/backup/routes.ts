/** The tabs of the Dữ liệu area, by the segment after `#/du-lieu/`. */
export const DATA_TABS = ['backup', 'history', 'trash'] as const;
export type DataTab = (typeof DATA_TABS)[number];

/** Addresses without tone marks, like the areas': `#/du-lieu/lich-su`. */
export const DATA_TAB_SLUGS: Record<DataTab, string> = {
  backup: 'sao-luu',
  history: 'lich-su',
  trash: 'thung-rac',
};

/** `[]` or an unknown segment → the backup tab. */
export function dataTabOf(subpath: readonly string[]): DataTab {
  return DATA_TABS.find((tab) => DATA_TAB_SLUGS[tab] === subpath[0]) ?? 'backup';
}
