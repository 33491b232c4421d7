/** Unit reports (báo cáo của đơn vị) and the ward's yearly summary: codes and their Vietnamese labels. */

/**
 * A unit's report for a year, against the deadline of that year (settings, 10/12):
 * on_time / late: received on or before / after the deadline; pending: not received, deadline ahead;
 * missing: not received, deadline passed.
 */
export const UNIT_REPORT_STATUSES = ['on_time', 'late', 'pending', 'missing'] as const;
export type UnitReportStatus = (typeof UNIT_REPORT_STATUSES)[number];
export const UNIT_REPORT_STATUS_LABELS: Record<UnitReportStatus, string> = {
  on_time: 'Đúng hạn',
  late: 'Nộp muộn',
  pending: 'Chưa nộp (còn hạn)',
  missing: 'Chưa nộp (quá hạn)',
};

/**
 * The sections of the yearly summary, in print order. The officer types each one; for movements,
 * models and awards the app also writes a paragraph of figures (printed before the typed text).
 */
export const SUMMARY_SECTION_KEYS = [
  'overview',
  'movements',
  'models',
  'awards',
  'council',
  'strengths',
  'weaknesses',
  'lessons',
  'plans',
] as const;
export type SummarySectionKey = (typeof SUMMARY_SECTION_KEYS)[number];

/** Headings as printed; `{next}` is replaced by the following year. */
export const SUMMARY_SECTION_TITLES: Record<SummarySectionKey, string> = {
  overview: 'Đặc điểm tình hình',
  movements: 'Công tác tổ chức các phong trào thi đua',
  models: 'Công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến',
  awards: 'Kết quả công tác khen thưởng',
  council:
    'Hoạt động của Hội đồng Thi đua - Khen thưởng, Quỹ thi đua, khen thưởng và đội ngũ làm công tác thi đua, khen thưởng',
  strengths: 'Ưu điểm',
  weaknesses: 'Tồn tại, hạn chế và nguyên nhân',
  lessons: 'Bài học kinh nghiệm',
  plans: 'Phương hướng, nhiệm vụ công tác thi đua, khen thưởng năm {next}',
};

/** A section's heading for a year's report ("{next}" filled with the following year). */
export const sectionTitle = (key: SummarySectionKey, year: number): string =>
  SUMMARY_SECTION_TITLES[key].replace('{next}', String(year + 1));

/**
 * The three parts of the report (I. results, II. assessment, III. plans) and their sections, as
 * printed and as the screen groups them; `numbered` parts number their sections 1, 2, 3… The plans
 * part is the plans section itself, so its heading is that section's title.
 */
export const SUMMARY_PARTS: {
  title: (year: number) => string;
  keys: SummarySectionKey[];
  numbered: boolean;
}[] = [
  {
    title: (y) => `Kết quả công tác thi đua, khen thưởng năm ${y}`,
    keys: ['overview', 'movements', 'models', 'awards', 'council'],
    numbered: true,
  },
  { title: () => 'Đánh giá chung', keys: ['strengths', 'weaknesses', 'lessons'], numbered: true },
  { title: (y) => sectionTitle('plans', y), keys: ['plans'], numbered: false },
];

/** Sections for which the app writes a paragraph of figures from the data. */
export const GENERATED_SECTIONS = ['movements', 'models', 'awards'] as const;

export const YEARLY_REPORT_STATUSES = ['draft', 'sent'] as const;
export type YearlyReportStatus = (typeof YEARLY_REPORT_STATUSES)[number];
export const YEARLY_REPORT_STATUS_LABELS: Record<YearlyReportStatus, string> = {
  draft: 'Đang soạn',
  sent: 'Đã gửi',
};

/** Printed after the number: "Số: 12/BC-UBND". */
export const REPORT_NUMBER_SUFFIX = 'BC-UBND';

/** The JSON twin of the city package: its format name and the schema version this app writes. */
export const CITY_PACKAGE_FORMAT = 'tdkt.goi-bao-cao-phuong';
export const CITY_PACKAGE_SCHEMA_VERSION = 1;
