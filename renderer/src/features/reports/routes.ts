/** The tabs of the Báo cáo area, by the segment after `#/bao-cao/`. */
export const REPORT_TABS = ['unitReports', 'summary', 'statistics', 'city'] as const;
export type ReportsTab = (typeof REPORT_TABS)[number];

export const REPORT_TAB_SLUGS: Record<ReportsTab, string> = {
  unitReports: 'don-vi',
  summary: 'tong-ket',
  statistics: 'thong-ke',
  city: 'thanh-pho',
};

/** `[]` → unit reports, `['thong-ke']` → statistics; anything unknown falls back to the first tab. */
export function reportsTabOf(subpath: readonly string[]): ReportsTab {
  return REPORT_TABS.find((t) => REPORT_TAB_SLUGS[t] === subpath[0]) ?? 'unitReports';
}
