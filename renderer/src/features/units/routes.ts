/** The pages of the Đơn vị area, by the segment after `#/don-vi/`. */
export const UNIT_TABS = ['list', 'clusters', 'trash'] as const;
export type UnitTab = (typeof UNIT_TABS)[number];

/** Addresses without tone marks, like the areas': `#/don-vi/cum-khoi`, `#/don-vi/thung-rac`. */
export const UNIT_TAB_SLUGS: Record<UnitTab, string | null> = {
  list: null,
  clusters: 'cum-khoi',
  trash: 'thung-rac',
};

export type UnitsRoute = { page: 'tab'; tab: UnitTab } | { page: 'detail'; id: number };

/** `[]` → the list, `['cum-khoi']` → clusters, `['42']` → the detail of unit 42; anything else → the list. */
export function unitsRouteOf(subpath: readonly string[]): UnitsRoute {
  const first = subpath[0];
  if (first !== undefined && /^[1-9]\d{0,15}$/.test(first)) return { page: 'detail', id: Number(first) };
  const tab = UNIT_TABS.find((t) => UNIT_TAB_SLUGS[t] === first);
  return { page: 'tab', tab: tab ?? 'list' };
}

/** The subpath of a tab, for `go('units', ...)` and `hashOf('units', ...)`. */
export function tabSubpath(tab: UnitTab): string[] {
  const slug = UNIT_TAB_SLUGS[tab];
  return slug === null ? [] : [slug];
}
