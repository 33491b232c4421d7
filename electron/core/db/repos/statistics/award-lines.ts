import { formatDate } from '../../../../../shared/rules/dates';
import { foldForSearch } from '../../../../../shared/rules/search';
import { compareVietnamese } from '../../../../../shared/rules/names';
import type { CatalogueKind } from '../../../../../shared/domain/awards';
import {
  LEADER_CATEGORIES,
  RECIPIENT_GROUPS,
  RECIPIENT_GROUP_LABELS,
  type RecipientGroup,
  type StatColumn,
  type StatRecord,
} from '../../../../../shared/domain/statistics';
import type { WindowedRow } from './common';

/**
 * What the award tables (Biểu 2-4) and the award charts count, shared so that a cell and the lines
 * opened behind it always agree:
 *
 * - A line counts when its decision is signed (drafts have no effect yet, cancelled ones none any
 *   more) and the decision's year (the year of its date) is in the range. Aliases: `a` awards,
 *   `d` decisions.
 * - Recipient groups: tập thể, hộ gia đình, cá nhân; individuals split by the staff category
 *   printed on the line (awards.staff_category_snapshot, not the person's category today):
 *   lãnh đạo (LEADER_CATEGORIES), người trực tiếp lao động ('direct_worker'), and the rest,
 *   an unrecorded category (NULL) included.
 * - Money: the lines' amounts (0 on unpaid lines); the lines behind a money cell are the paid ones
 *   (amount > 0), which sum to the cell.
 */
export const SIGNED_IN_RANGE = `d.status = 'signed' AND d.year BETWEEN @fromYear AND @toYear`;

const leaders = LEADER_CATEGORIES.map((c) => `'${c}'`).join(', ');

/** The condition of each recipient group on a line `a`; 'total' is every line. */
export const LINE_GROUP_SQL: Record<RecipientGroup | 'total', string> = {
  total: 'a.id IS NOT NULL',
  collective: `a.recipient_kind = 'collective'`,
  household: `a.recipient_kind = 'household'`,
  individual: `a.recipient_kind = 'individual'`,
  leader: `a.recipient_kind = 'individual' AND a.staff_category_snapshot IN (${leaders})`,
  directWorker: `a.recipient_kind = 'individual' AND a.staff_category_snapshot = 'direct_worker'`,
  otherIndividual: `a.recipient_kind = 'individual'
    AND coalesce(a.staff_category_snapshot, '') NOT IN (${leaders}, 'direct_worker')`,
};

/** The paid lines, whose amounts make a money cell. */
export const PAID_LINE = 'a.amount > 0';

/** The line counts of Biểu 2 and 3: all lines, then each recipient group. */
export const LINE_COUNT_KEYS = ['total', ...RECIPIENT_GROUPS] as const;

/** `count(a.id) FILTER (WHERE ...) AS <group>` for every key of LINE_COUNT_KEYS, for a SELECT list. */
export const lineCounts = (): string =>
  LINE_COUNT_KEYS.map((g) => `count(a.id) FILTER (WHERE ${LINE_GROUP_SQL[g]}) AS ${g}`).join(',\n    ');

const individualGroup = 'Cá nhân';

/** The recipient columns of Biểu 2 and 3, in order. */
export const RECIPIENT_COLUMNS: StatColumn[] = [
  { key: 'collective', label: RECIPIENT_GROUP_LABELS.collective, kind: 'count' },
  { key: 'household', label: RECIPIENT_GROUP_LABELS.household, kind: 'count' },
  ...(['individual', 'leader', 'directWorker', 'otherIndividual'] as const).map((g): StatColumn => ({
    key: g,
    label: RECIPIENT_GROUP_LABELS[g],
    kind: 'count',
    group: individualGroup,
  })),
];

export const MONEY_COLUMN: StatColumn = { key: 'money', label: 'Tiền thưởng (đồng)', kind: 'money' };

/** The row key of a catalogue entry: its shipped code, else `custom:` + its folded name. */
export const catalogueRowKey = (code: string | null, name: string): string =>
  code ?? `custom:${foldForSearch(name)}`;

/** Biểu 2's row order: titles before forms, then higher rank first, then Vietnamese name. */
export const compareCatalogueEntries = (
  a: { kind: CatalogueKind; rank: number; name: string },
  b: { kind: CatalogueKind; rank: number; name: string },
): number =>
  (a.kind === b.kind ? 0 : a.kind === 'title' ? -1 : 1) ||
  b.rank - a.rank ||
  compareVietnamese(a.name, b.name);

/** The SELECT list of an award line record (with `c` the catalogue entry of the line). */
export const LINE_RECORD_COLUMNS = `a.id, a.recipient_name_snapshot AS name, a.amount, d.id AS decisionId,
  d.number_text AS numberText, d.decision_date AS decisionDate, c.name AS awardName`;

/** The order of the lines before the cap: decision date, name, id. */
export const LINE_RECORD_ORDER = 'ORDER BY d.decision_date, a.search_text, a.id';

export interface LineRecordRow extends WindowedRow {
  id: number;
  name: string;
  amount: number;
  decisionId: number;
  numberText: string;
  decisionDate: string;
  awardName: string;
}

/** "QĐ số 05/QĐ-UBND ngày 05/07/2026". */
export const decisionRef = (numberText: string, date: string): string =>
  `QĐ số ${numberText} ngày ${formatDate(date)}`;

/** An award line as a record, opening its decision's page. */
export const lineRecord = (r: LineRecordRow): StatRecord => ({
  kind: 'award',
  id: r.id,
  name: r.name,
  detail: `${decisionRef(r.numberText, r.decisionDate)} — ${r.awardName}`,
  date: r.decisionDate,
  amount: r.amount,
  target: { area: 'awards', path: ['quyet-dinh', r.decisionId] },
});

/** The condition of a cell's column on a line: a group, or the paid lines for money. */
export function lineColumnSql(column: string): string | null {
  if (column === 'money') return PAID_LINE;
  return column in LINE_GROUP_SQL ? LINE_GROUP_SQL[column as RecipientGroup | 'total'] : null;
}
