/**
 * The statistics tables of the yearly summary, in the dimensions of Thông tư 02/2023/TT-BNV
 * (domain.md "The yearly summary"). Every table has one shape (columns, rows of numbers, a total
 * row) so one piece of code shows it on screen, writes it to Excel and to the PDF, sums several
 * wards' packages and opens the records behind a cell. Row and column keys are stable codes, never
 * database ids, so packages from different wards add up.
 */

export const STAT_TABLE_IDS = ['movements', 'awards', 'awardMethods', 'money', 'models', 'unitReports'] as const;
export type StatTableId = (typeof STAT_TABLE_IDS)[number];

export const STAT_TABLE_TITLES: Record<StatTableId, string> = {
  movements: 'Phong trào thi đua theo hình thức và thời gian thực hiện',
  awards: 'Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng',
  awardMethods: 'Kết quả khen thưởng theo phương thức khen thưởng',
  money: 'Tiền thưởng đã chi',
  models: 'Điển hình tiên tiến theo lĩnh vực và giai đoạn',
  unitReports: 'Tình hình nộp báo cáo của các đơn vị',
};

/**
 * `count` and `money` cells are stored; a `ratio` cell is never stored (a sum of shares is
 * meaningless): it is numerator / denominator of the same row, in per cent, computed for display
 * by `statCellValue` (shared/rules/statistics.ts).
 */
export type StatColumnKind = 'count' | 'money' | 'ratio';

export interface StatColumn {
  key: string;
  label: string;
  kind: StatColumnKind;
  /** A header spanning several columns (e.g. "Cá nhân" over its split). */
  group?: string;
  ratio?: { numerator: string; denominator: string };
}

export interface StatRow {
  key: string;
  label: string;
  /** Rows are shown under their group's heading in order (e.g. "Danh hiệu thi đua"). */
  group?: string;
  /** Values of the count and money columns, by column key (every such column present). */
  cells: Record<string, number>;
}

export interface StatTable {
  id: StatTableId;
  title: string;
  columns: StatColumn[];
  rows: StatRow[];
  /** The total row: count and money columns summed over the rows (ratios recomputed from it). */
  total: Record<string, number>;
  /** What the numbers count, in one or two sentences (printed under the table). */
  note: string;
}

/** All the tables for a year or a range of years (a single year: fromYear = toYear). */
export interface StatisticsReport {
  fromYear: number;
  toYear: number;
  tables: StatTable[];
}

/** The key of the total row when a cell of it is opened. */
export const TOTAL_ROW = '__total';

// ---- Row and column codes of each table -------------------------------------------------------

/** movements: rows are movement kinds (codes of shared/domain/movements.ts). */
export const MOVEMENT_DURATIONS = ['lt1', 'y1', 'y1to3', 'y3to5', 'ge5'] as const;
export type MovementDuration = (typeof MOVEMENT_DURATIONS)[number];
export const MOVEMENT_DURATION_LABELS: Record<MovementDuration, string> = {
  lt1: 'Dưới 1 năm',
  y1: '1 năm',
  y1to3: 'Trên 1 năm đến dưới 3 năm',
  y3to5: 'Từ 3 năm đến dưới 5 năm',
  ge5: 'Từ 5 năm trở lên',
};

/**
 * Recipient groups of the awards tables: tập thể, hộ gia đình, cá nhân (all) split into leaders
 * (lãnh đạo cấp phường, lãnh đạo phòng/ban), người trực tiếp lao động and other individuals.
 * Individuals are grouped by the staff category printed on the award line (its snapshot).
 */
export const RECIPIENT_GROUPS = ['collective', 'household', 'individual', 'leader', 'directWorker', 'otherIndividual'] as const;
export type RecipientGroup = (typeof RECIPIENT_GROUPS)[number];
export const RECIPIENT_GROUP_LABELS: Record<RecipientGroup, string> = {
  collective: 'Tập thể',
  household: 'Hộ gia đình',
  individual: 'Tổng số cá nhân',
  leader: 'Lãnh đạo, quản lý',
  directWorker: 'Người trực tiếp lao động, sản xuất, công tác',
  otherIndividual: 'Cá nhân khác',
};
/** Staff categories (people.staff_category) counted as leaders. */
export const LEADER_CATEGORIES = ['ward_leader', 'dept_leader'] as const;

/** awards: rows are catalogue entries, keyed by their shipped `code`, else `custom:<folded name>`. */
export const AWARD_ROW_GROUPS = { title: 'Danh hiệu thi đua', form: 'Hình thức khen thưởng' } as const;

/** awardMethods: rows are decision methods (codes of shared/domain/decisions.ts). */

/** money: rows are years (`y2026`); columns are money per recipient kind and in all. */

/** models: rows are fields (`field:<folded field>`, `field:none` when unset); columns are stages. */
export const NO_FIELD_ROW = 'field:none';
export const NO_FIELD_LABEL = 'Chưa ghi lĩnh vực';

/** unitReports: rows are years (`y2026`). */
export const UNIT_REPORT_COLUMNS = ['expected', 'onTime', 'late', 'notReceived', 'onTimeShare'] as const;

export const yearRowKey = (year: number): string => `y${year}`;

// ---- The records behind a cell ---------------------------------------------------------------

export type StatRecordKind = 'movement' | 'award' | 'model' | 'unitReport';

/** One record behind a cell, with where the app shows it. */
export interface StatRecord {
  kind: StatRecordKind;
  /** The record's id (award: the award line; unitReport: the unit). */
  id: number;
  /** Movement name, recipient name, model title, unit name. */
  name: string;
  /** A second line: decision number and award, the model's subject, report status... */
  detail: string;
  /** The date that put the record in the cell (decision date, stage date, received date). */
  date: string | null;
  /** Money of an award line (0 when not paid); null for other kinds. */
  amount: number | null;
  /**
   * The page that shows the record: an area and its subpath (see renderer/src/app/areas.ts), e.g.
   * `{ area: 'awards', path: ['quyet-dinh', 12] }`.
   */
  target: { area: string; path: (string | number)[] };
}

export interface StatCellRecords {
  /** "Danh hiệu Lao động tiên tiến — Người trực tiếp lao động, năm 2026". */
  title: string;
  /** The cell's value: for a count cell, the number of records; for money, their amount summed. */
  value: number;
  /** How many records are behind the cell (all of them, even when the list is cut). */
  count: number;
  /** At most 2,000 records, in date order. */
  records: StatRecord[];
  truncated: boolean;
}

// ---- Charts ----------------------------------------------------------------------------------

export interface StatisticsCharts {
  fromYear: number;
  toYear: number;
  /** Award lines of signed decisions per year, by catalogue entry (series = entries with lines). */
  awardsByYear: { series: { key: string; label: string }[]; years: { year: number; counts: Record<string, number> }[] };
  /** Per year: individuals awarded, of them direct workers, and the share in per cent (null when none). */
  directShareByYear: { year: number; individuals: number; directWorkers: number; share: number | null }[];
  /** Models that reached each stage within the years. */
  modelsByStage: Record<'discovered' | 'nurtured' | 'summarized' | 'replicated', number>;
  /** Unit reports of the last year of the range, by status. */
  reportStatus: { year: number; onTime: number; late: number; pending: number; missing: number };
}
