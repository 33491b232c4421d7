import {
  IconAward,
  IconBuildingCommunity,
  IconDatabase,
  IconFlag,
  IconHome,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconSettings,
  IconStar,
  IconUser,
  type Icon,
} from '@tabler/icons-react';

/** Every area of the app, in navigation order. */
export const AREA_IDS = [
  'overview',
  'units',
  'people',
  'households',
  'movements',
  'exemplars',
  'awards',
  'reports',
  'data',
  'settings',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export const DEFAULT_AREA: AreaId = 'overview';

/** The address part after `#/`: Vietnamese without tone marks, so it reads well in the hash. */
export const AREA_SLUGS: Record<AreaId, string> = {
  overview: 'tong-quan',
  units: 'don-vi',
  people: 'ca-nhan',
  households: 'ho-gia-dinh',
  movements: 'phong-trao',
  exemplars: 'dien-hinh-tien-tien',
  awards: 'khen-thuong',
  reports: 'bao-cao',
  data: 'du-lieu',
  settings: 'cai-dat',
};

export const AREA_ICONS: Record<AreaId, Icon> = {
  overview: IconLayoutDashboard,
  units: IconBuildingCommunity,
  people: IconUser,
  households: IconHome,
  movements: IconFlag,
  exemplars: IconStar,
  awards: IconAward,
  reports: IconReportAnalytics,
  data: IconDatabase,
  settings: IconSettings,
};

/** The address of an area, or of a page inside it (e.g. a person's detail: `#/ca-nhan/42`). */
export function hashOf(area: AreaId, ...subpath: (string | number)[]): string {
  return ['#', AREA_SLUGS[area], ...subpath.map((p) => encodeURIComponent(String(p)))].join('/');
}

/** The segments after the area in an address: `#/ca-nhan/42` → ['42']. */
export function subpathFromHash(hash: string): string[] {
  const [, ...rest] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  return rest.filter((p) => p !== '').map((p) => decodeURIComponent(p));
}

/** The area an address points at; an empty or unknown hash opens the overview. */
export function areaFromHash(hash: string): AreaId {
  const slug = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return AREA_IDS.find((id) => AREA_SLUGS[id] === slug) ?? DEFAULT_AREA;
}
