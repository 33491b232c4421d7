/** The tabs of the Phong trào area, by the segment after `#/phong-trao/`. */
export const MOVEMENT_TABS = ['list', 'registrations'] as const;
export type MovementsTab = (typeof MOVEMENT_TABS)[number];

/**
 * Every tab has a slug, and a movement's page lives under the list's (`#/phong-trao/danh-sach/12`),
 * so an id can never be read as a tab nor a tab as an id.
 */
export const MOVEMENT_TAB_SLUGS: Record<MovementsTab, string> = {
  list: 'danh-sach',
  registrations: 'dang-ky',
};

export type MovementsRoute = { page: 'tab'; tab: MovementsTab } | { page: 'movement'; id: number };

/** `[]` → the list, `['dang-ky', …]` → registrations, `['danh-sach', '12']` → movement 12. */
export function movementsRouteOf(subpath: readonly string[]): MovementsRoute {
  const [first, second] = subpath;
  if (first === MOVEMENT_TAB_SLUGS.list && second !== undefined && /^[1-9]\d{0,15}$/.test(second))
    return { page: 'movement', id: Number(second) };
  const tab = MOVEMENT_TABS.find((t) => MOVEMENT_TAB_SLUGS[t] === first);
  return { page: 'tab', tab: tab ?? 'list' };
}

/** The subpath of a movement's page, for `go('movements', ...)` and `hashOf('movements', ...)`. */
export const movementSubpath = (id: number): [string, number] => [MOVEMENT_TAB_SLUGS.list, id];
