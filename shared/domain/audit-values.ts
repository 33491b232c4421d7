import { formatDate, isValidIsoDate } from '../rules/dates';
import { CLUSTER_KIND_LABELS, GENDER_LABELS, STAFF_CATEGORY_LABELS, UNIT_KIND_LABELS } from './registry';
import { DECISION_METHOD_LABELS, DECISION_STATUS_LABELS, RECIPIENT_ORDER_LABELS } from './decisions';
import { RECIPIENT_KIND_LABELS } from './awards';
import { MOVEMENT_KIND_LABELS, MOVEMENT_SCOPE_LABELS, MOVEMENT_STATUS_LABELS } from './movements';
import { EXEMPLAR_STAGE_LABELS } from './exemplars';
import { PROPOSAL_STATUS_LABELS } from '../schemas/proposals';
import { YEARLY_REPORT_STATUS_LABELS } from './reports';

/** Names of the records an audit value points at, looked up by the caller (trash included). */
export interface AuditRefNames {
  units: ReadonlyMap<number, string>;
  clusters: ReadonlyMap<number, string>;
}

/** Fields holding a unit id (or a list of them) and a cluster id list: shown by name. */
export const UNIT_REF_FIELDS: ReadonlySet<string> = new Set([
  'parentId',
  'successorId',
  'unitId',
  'residentialGroupUnitId',
  'unitIds',
  'fromUnitId',
  'scopeUnitId',
]);
export const CLUSTER_REF_FIELDS: ReadonlySet<string> = new Set(['clusterIds', 'clusterId', 'scopeClusterId']);

const ENUMS: Record<string, Record<string, Record<string, string>>> = {
  units: { kind: UNIT_KIND_LABELS },
  clusters: { kind: CLUSTER_KIND_LABELS },
  people: { gender: GENDER_LABELS, staffCategory: STAFF_CATEGORY_LABELS },
  households: { headGender: GENDER_LABELS },
  decisions: {
    status: DECISION_STATUS_LABELS,
    method: DECISION_METHOD_LABELS,
    recipientOrder: RECIPIENT_ORDER_LABELS,
  },
  proposals: { status: PROPOSAL_STATUS_LABELS },
  movements: { kind: MOVEMENT_KIND_LABELS, scope: MOVEMENT_SCOPE_LABELS, status: MOVEMENT_STATUS_LABELS },
  exemplary_models: { stage: EXEMPLAR_STAGE_LABELS, subjectKind: RECIPIENT_KIND_LABELS },
  registrations: { registrantKind: RECIPIENT_KIND_LABELS },
  yearly_reports: { status: YEARLY_REPORT_STATUS_LABELS },
};
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['active']);

const pad2 = (n: number) => String(n).padStart(2, '0');
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored timestamp in the computer's local time: "26/11/2026 16:00". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * One recorded value as the history screen shows it: codes as their Vietnamese label, dates as
 * dd/mm/yyyy, unit and cluster ids as names, flags as Có/Không. Empty values (null, '', []) give ''.
 */
export function formatAuditValue(entity: string, field: string, value: unknown, refs: AuditRefNames): string {
  if (value === null || value === undefined || value === '') return '';
  const leaf = field.slice(field.lastIndexOf('.') + 1);
  if (Array.isArray(value)) {
    return value
      .map((v) => formatAuditValue(entity, leaf, v, refs))
      .filter((s) => s !== '')
      .join(value.some((v) => typeof v === 'object' && v !== null) ? '; ' : ', ');
  }
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .map((v) => formatAuditValue(entity, '', v, refs))
      .filter((s) => s !== '')
      .join(' – ');
  }
  if (typeof value === 'number' && UNIT_REF_FIELDS.has(leaf)) return refs.units.get(value) ?? `#${value}`;
  if (typeof value === 'number' && CLUSTER_REF_FIELDS.has(leaf))
    return refs.clusters.get(value) ?? `#${value}`;
  if (BOOLEAN_FIELDS.has(leaf) && (typeof value === 'boolean' || value === 0 || value === 1)) {
    return value === true || value === 1 ? 'Có' : 'Không';
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    const label = ENUMS[entity]?.[leaf]?.[value];
    if (label !== undefined) return label;
    if (isValidIsoDate(value)) return formatDate(value);
    if (TIMESTAMP.test(value)) return formatTimestamp(value);
    return value;
  }
  return String(value);
}
