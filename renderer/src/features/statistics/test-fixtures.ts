import type { StatisticsCharts, StatisticsReport, StatTable } from '../../../../shared/domain/statistics';

/**
 * The awards table of a ward: individuals split into leaders and direct workers under "Cá nhân",
 * the share of direct workers, the money. Numbers worked by hand:
 * Lao động tiên tiến 53 × 760.000 = 40.280.000, 28 of 53 direct workers = 52,8%;
 * Giấy khen 3 × 1.520.000 + 4 × 1.140.000 + 10 × 760.000 = 16.720.000;
 * totals 7 collectives, 4 households, 65 individuals of whom 34 direct workers = 52,3%, 70.180.000 đ.
 */
export const AWARDS_TABLE: StatTable = {
  id: 'awards',
  title: 'Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng',
  columns: [
    { key: 'collective', label: 'Tập thể', kind: 'count' },
    { key: 'household', label: 'Hộ gia đình', kind: 'count' },
    { key: 'individual', label: 'Tổng số cá nhân', kind: 'count', group: 'Cá nhân' },
    { key: 'leader', label: 'Lãnh đạo, quản lý', kind: 'count', group: 'Cá nhân' },
    { key: 'directWorker', label: 'Người trực tiếp lao động', kind: 'count', group: 'Cá nhân' },
    {
      key: 'directShare',
      label: 'Tỷ lệ người trực tiếp lao động',
      kind: 'ratio',
      ratio: { numerator: 'directWorker', denominator: 'individual' },
    },
    { key: 'money', label: 'Tiền thưởng (đồng)', kind: 'money' },
  ],
  rows: [
    {
      key: 'ldtt',
      label: 'Lao động tiên tiến',
      group: 'Danh hiệu thi đua',
      cells: { collective: 0, household: 0, individual: 53, leader: 5, directWorker: 28, money: 40_280_000 },
    },
    {
      key: 'cstdcs',
      label: 'Chiến sĩ thi đua cơ sở',
      group: 'Danh hiệu thi đua',
      cells: { collective: 0, household: 0, individual: 2, leader: 2, directWorker: 0, money: 5_060_000 },
    },
    {
      key: 'ttldtt',
      label: 'Tập thể lao động tiên tiến',
      group: 'Danh hiệu thi đua',
      cells: { collective: 4, household: 0, individual: 0, leader: 0, directWorker: 0, money: 8_120_000 },
    },
    {
      key: 'giay_khen',
      label: 'Giấy khen',
      group: 'Hình thức khen thưởng',
      cells: { collective: 3, household: 4, individual: 10, leader: 1, directWorker: 6, money: 16_720_000 },
    },
  ],
  total: { collective: 7, household: 4, individual: 65, leader: 8, directWorker: 34, money: 70_180_000 },
  note: 'Đếm các dòng của quyết định đã ký; cá nhân theo đối tượng ghi trên dòng khen thưởng.',
};

/** A table without groups: movements by kind and duration. */
export const MOVEMENTS_TABLE: StatTable = {
  id: 'movements',
  title: 'Phong trào thi đua theo hình thức và thời gian thực hiện',
  columns: [
    { key: 'total', label: 'Tổng số', kind: 'count' },
    { key: 'y1', label: '1 năm', kind: 'count' },
    { key: 'ge5', label: 'Từ 5 năm trở lên', kind: 'count' },
  ],
  rows: [
    { key: 'regular', label: 'Thường xuyên', cells: { total: 2, y1: 1, ge5: 1 } },
    { key: 'thematic', label: 'Chuyên đề', cells: { total: 1, y1: 1, ge5: 0 } },
  ],
  total: { total: 3, y1: 2, ge5: 1 },
  note: 'Phong trào có thời gian thực hiện giao với khoảng năm thống kê.',
};

export const REPORT = (fromYear: number, toYear: number): StatisticsReport => ({
  fromYear,
  toYear,
  tables: [MOVEMENTS_TABLE, AWARDS_TABLE],
});

export const CHARTS = (fromYear: number, toYear: number): StatisticsCharts => ({
  fromYear,
  toYear,
  awardsByYear: {
    series: [
      { key: 'ldtt', label: 'Lao động tiên tiến' },
      { key: 'custom:giay khen.tap the', label: 'Giấy khen' },
    ],
    years: [
      { year: 2025, counts: { ldtt: 1_204, 'custom:giay khen.tap the': 30 } },
      { year: 2026, counts: { ldtt: 53 } },
    ],
  },
  directShareByYear: [
    { year: 2025, individuals: 0, directWorkers: 0, share: null },
    { year: 2026, individuals: 53, directWorkers: 28, share: 52.8 },
  ],
  modelsByStage: { discovered: 6, nurtured: 7, summarized: 9, replicated: 2 },
  reportStatus: { year: toYear, onTime: 18, late: 2, pending: 0, missing: 10 },
});

/** Charts of a range with nothing in it. */
export const EMPTY_CHARTS = (fromYear: number, toYear: number): StatisticsCharts => ({
  fromYear,
  toYear,
  awardsByYear: { series: [], years: [{ year: toYear, counts: {} }] },
  directShareByYear: [{ year: toYear, individuals: 0, directWorkers: 0, share: null }],
  modelsByStage: { discovered: 0, nurtured: 0, summarized: 0, replicated: 0 },
  reportStatus: { year: toYear, onTime: 0, late: 0, pending: 0, missing: 0 },
});
