// Hand-built statistics and a yearly report used by the PDF tests and for sample renders: the tables
// have the shapes of the statistics service (shared/domain/statistics.ts), with figures written here.
import {
  MOVEMENT_DURATIONS,
  MOVEMENT_DURATION_LABELS,
  RECIPIENT_GROUP_LABELS,
  STAT_TABLE_TITLES,
  yearRowKey,
  type StatColumn,
  type StatisticsCharts,
  type StatisticsReport,
  type StatRow,
  type StatTable,
  type StatTableId,
} from '../../../shared/domain/statistics';
import { SUMMARY_SECTION_KEYS, type SummarySectionKey } from '../../../shared/domain/reports';
import type { YearlyReportDocumentData } from './yearly-report-data';

const count = (key: string, label: string, group?: string): StatColumn => ({
  key,
  label,
  kind: 'count',
  ...(group ? { group } : {}),
});
const money = (key: string, label: string, group?: string): StatColumn => ({
  key,
  label,
  kind: 'money',
  ...(group ? { group } : {}),
});

/** A table whose total row is the column sums of `rows` (values in column order, ratios skipped). */
function table(
  id: StatTableId,
  columns: StatColumn[],
  rows: [string, string, number[], string?][],
  note: string,
): StatTable {
  const stored = columns.filter((c) => c.kind !== 'ratio');
  const statRows: StatRow[] = rows.map(([key, label, values, group]) => ({
    key,
    label,
    ...(group ? { group } : {}),
    cells: Object.fromEntries(stored.map((c, i) => [c.key, values[i] ?? 0])),
  }));
  const total = Object.fromEntries(
    stored.map((c) => [c.key, statRows.reduce((s, r) => s + r.cells[c.key]!, 0)]),
  );
  return { id, title: STAT_TABLE_TITLES[id], columns, rows: statRows, total, note };
}

const IND = 'Cá nhân';
const RECIPIENT_COLUMNS: StatColumn[] = [
  count('collective', RECIPIENT_GROUP_LABELS.collective),
  count('household', RECIPIENT_GROUP_LABELS.household),
  count('individual', RECIPIENT_GROUP_LABELS.individual, IND),
  count('leader', RECIPIENT_GROUP_LABELS.leader, IND),
  count('directWorker', RECIPIENT_GROUP_LABELS.directWorker, IND),
  count('otherIndividual', RECIPIENT_GROUP_LABELS.otherIndividual, IND),
];

export const MOVEMENTS_TABLE = table(
  'movements',
  [
    count('total', 'Tổng số'),
    ...MOVEMENT_DURATIONS.map((d) => count(d, MOVEMENT_DURATION_LABELS[d], 'Theo thời gian thực hiện')),
  ],
  [
    ['regular', 'Thường xuyên', [2, 0, 1, 0, 0, 1]],
    ['periodic', 'Theo đợt', [4, 3, 1, 0, 0, 0]],
    ['thematic', 'Chuyên đề', [2, 0, 0, 1, 1, 0]],
  ],
  'Phong trào không ở thùng rác, đã phát động, có thời gian thực hiện trong năm.',
);

// Values: total, collective, household, individual, leader, directWorker, otherIndividual, money.
export const AWARDS_TABLE = table(
  'awards',
  [
    count('total', 'Tổng số'),
    ...RECIPIENT_COLUMNS,
    {
      key: 'directShare',
      label: 'Tỷ lệ người trực tiếp lao động (%)',
      kind: 'ratio',
      ratio: { numerator: 'directWorker', denominator: 'individual' },
    },
    money('money', 'Tiền thưởng (đồng)'),
  ],
  [
    [
      'lao_dong_tien_tien',
      'Lao động tiên tiến',
      [120, 0, 0, 120, 10, 70, 40, 91_200_000],
      'Danh hiệu thi đua',
    ],
    [
      'chien_si_thi_dua_co_so',
      'Chiến sĩ thi đua cơ sở',
      [12, 0, 0, 12, 4, 5, 3, 30_360_000],
      'Danh hiệu thi đua',
    ],
    [
      'tap_the_lao_dong_tien_tien',
      'Tập thể lao động tiên tiến',
      [20, 20, 0, 0, 0, 0, 0, 0],
      'Danh hiệu thi đua',
    ],
    ['gia_dinh_van_hoa', 'Gia đình văn hóa', [25, 0, 25, 0, 0, 0, 0, 0], 'Danh hiệu thi đua'],
    [
      'giay_khen_chu_tich_phuong',
      'Giấy khen của Chủ tịch UBND phường',
      [68, 10, 10, 48, 6, 20, 22, 0],
      'Hình thức khen thưởng',
    ],
  ],
  'Các dòng khen thưởng của quyết định đã ký trong năm; cá nhân chia theo đối tượng ghi trên dòng khen thưởng.',
);

export const AWARD_METHODS_TABLE = table(
  'awardMethods',
  [
    count('decisions', 'Số quyết định'),
    count('total', 'Tổng số'),
    ...RECIPIENT_COLUMNS,
    money('money', 'Tiền thưởng (đồng)'),
  ],
  [
    ['regular', 'Thường xuyên', [8, 200, 25, 30, 145, 16, 80, 49, 101_560_000]],
    ['thematic', 'Theo chuyên đề', [3, 40, 5, 5, 30, 4, 13, 13, 20_000_000]],
    ['ad_hoc', 'Đột xuất', [1, 5, 0, 0, 5, 0, 2, 3, 0]],
  ],
  'Quyết định đã ký trong năm theo phương thức khen thưởng.',
);

export const MONEY_TABLE = table(
  'money',
  [
    count('paidLines', 'Số lượt có tiền thưởng'),
    money('collective', 'Tập thể', 'Tiền thưởng theo đối tượng'),
    money('individual', 'Cá nhân', 'Tiền thưởng theo đối tượng'),
    money('household', 'Hộ gia đình', 'Tiền thưởng theo đối tượng'),
    money('total', 'Tổng số tiền (đồng)'),
  ],
  [[yearRowKey(2026), 'Năm 2026', [132, 0, 121_560_000, 0, 121_560_000]]],
  'Tiền thưởng của các dòng được chi trong quyết định đã ký.',
);

export const MODELS_TABLE = table(
  'models',
  [
    count('total', 'Tổng số'),
    count('discovered', 'Phát hiện', 'Theo giai đoạn'),
    count('nurtured', 'Bồi dưỡng', 'Theo giai đoạn'),
    count('summarized', 'Tổng kết', 'Theo giai đoạn'),
    count('replicated', 'Nhân rộng', 'Theo giai đoạn'),
  ],
  [
    ['field:giao duc', 'Giáo dục', [5, 5, 3, 2, 1]],
    ['field:y te', 'Y tế', [4, 4, 3, 2, 1]],
    ['field:kinh te', 'Kinh tế', [3, 3, 2, 1, 0]],
    ['field:none', 'Chưa ghi lĩnh vực', [0, 0, 0, 0, 0]],
  ],
  'Điển hình có giai đoạn ghi nhận trong năm.',
);

export const UNIT_REPORTS_TABLE = table(
  'unitReports',
  [
    count('expected', 'Số đơn vị phải nộp'),
    count('onTime', 'Đúng hạn'),
    count('late', 'Nộp muộn'),
    count('notReceived', 'Chưa nộp'),
    {
      key: 'onTimeShare',
      label: 'Tỷ lệ đúng hạn (%)',
      kind: 'ratio',
      ratio: { numerator: 'onTime', denominator: 'expected' },
    },
  ],
  [[yearRowKey(2026), 'Năm 2026', [30, 28, 1, 1]]],
  'Đơn vị tham gia phong trào của năm, hạn nộp 10/12.',
);

export const STATISTICS_2026: StatisticsReport = {
  fromYear: 2026,
  toYear: 2026,
  tables: [MOVEMENTS_TABLE, AWARDS_TABLE, AWARD_METHODS_TABLE, MONEY_TABLE, MODELS_TABLE, UNIT_REPORTS_TABLE],
};

export const CHARTS_2026: StatisticsCharts = {
  fromYear: 2026,
  toYear: 2026,
  awardsByYear: { series: [], years: [] },
  directShareByYear: [{ year: 2026, individuals: 180, directWorkers: 95, share: 52.8 }],
  modelsByStage: { discovered: 12, nurtured: 8, summarized: 5, replicated: 2 },
  reportStatus: { year: 2026, onTime: 28, late: 1, pending: 0, missing: 1 },
};

/** Every vowel with every tone, lower and upper case (NFD on input: the PDF must print NFC). */
export const TONE_TEXT =
  'Ba bà bá bả bã bạ; ăn ằn ắn ẳn ẵn ặn; âm ầm ấm ẩm ẫm ậm; em èm ém ẻm ẽm ẹm; ên ền ến ển ễn ện; ' +
  'in ìn ín ỉn ĩn ịn; on òn ón ỏn õn ọn; ôn ồn ốn ổn ỗn ộn; ơn ờn ớn ởn ỡn ợn; un ùn ún ủn ũn ụn; ' +
  'ưn ừn ứn ửn ữn ựn; yn ỳn ýn ỷn ỹn ỵn; đường Đông. ' +
  'BA BÀ BÁ BẢ BÃ BẠ; ĂN ẰN ẮN ẲN ẴN ẶN; ÂM ẦM ẤM ẨM ẪM ẬM; EM ÈM ÉM ẺM ẼM ẸM; ÊN ỀN ẾN ỂN ỄN ỆN; ' +
  'IN ÌN ÍN ỈN ĨN ỊN; ON ÒN ÓN ỎN ÕN ỌN; ÔN ỒN ỐN ỔN ỖN ỘN; ƠN ỜN ỚN ỞN ỠN ỢN; UN ÙN ÚN ỦN ŨN ỤN; ' +
  'ƯN ỪN ỨN ỬN ỮN ỰN; YN ỲN ÝN ỶN ỸN ỴN.';

export const TYPED_SECTIONS: Record<SummarySectionKey, string> = {
  overview:
    'Năm 2026, phường Lê Chân triển khai công tác thi đua, khen thưởng trong bối cảnh vừa hoàn thành sắp xếp ' +
    'đơn vị hành chính; các tổ dân phố, trường học, trạm y tế tích cực hưởng ứng.\n' +
    TONE_TEXT.normalize('NFD'),
  movements: 'Các phong trào được phát động kịp thời, gắn với nhiệm vụ chính trị của địa phương.',
  models: 'Nhiều mô hình hay được nhân rộng trong các tổ dân phố.',
  awards: 'Công tác khen thưởng bảo đảm đúng đối tượng, kịp thời, công khai.',
  council:
    'Hội đồng Thi đua - Khen thưởng phường họp 4 phiên; Quỹ thi đua, khen thưởng được trích lập đúng quy định.',
  strengths: 'Sự lãnh đạo sát sao của Đảng ủy, HĐND phường.',
  weaknesses:
    'Việc phát hiện điển hình ở một số tổ dân phố còn chậm.\nNguyên nhân: cán bộ kiêm nhiệm nhiều việc.',
  lessons: 'Phải gắn thi đua với nhiệm vụ chuyên môn.',
  plans:
    'Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua.\nNâng cao chất lượng công tác khen thưởng.',
};

export const EMPTY_SECTIONS = Object.fromEntries(SUMMARY_SECTION_KEYS.map((k) => [k, ''])) as Record<
  SummarySectionKey,
  string
>;

/** A sent report, numbered, dated, signed by the chairman, every section typed. */
export const REPORT_2026: YearlyReportDocumentData = {
  year: 2026,
  wardName: 'Phường Lê Chân',
  placeName: 'Lê Chân',
  reportNumber: '12',
  reportDate: '2026-12-12',
  sections: TYPED_SECTIONS,
  statistics: STATISTICS_2026,
  charts: CHARTS_2026,
  signer: { kind: 'chairman', name: 'Phạm Quốc Đạt' },
  draft: false,
};

/** A draft without number, date or typed text but overview, signed for the chairman by a vice chairman. */
export const DRAFT_2026: YearlyReportDocumentData = {
  ...REPORT_2026,
  reportNumber: null,
  reportDate: null,
  sections: { ...EMPTY_SECTIONS, overview: 'Tình hình chung ổn định.' },
  signer: { kind: 'vice', name: 'Trần Thị Hương' },
  draft: true,
};
