import type { z } from 'zod';
import type { Db } from '../db/types';
import { listAuditPage, type AuditRow } from '../db/repos/audit';
import { recordLabels } from '../db/repos/record-labels';
import { changedFields, type RawChange } from './audit-changes';
import { foldForSearch } from '../../../shared/rules/search';
import { AUDIT_ACTION_LABELS, auditEntityLabel, auditFieldLabel } from '../../../shared/domain/audit-labels';
import {
  CLUSTER_REF_FIELDS,
  formatAuditValue,
  UNIT_REF_FIELDS,
  type AuditRefNames,
} from '../../../shared/domain/audit-values';
import type { auditListSchema } from '../../../shared/schemas/audit';
import type { AuditEntry } from '../../../shared/api/audit';
import type { Page } from '../../../shared/schemas/registry/people';

/** Where a local calendar day starts, as the UTC ISO text stored in audit_log.at. */
function localDayStart(iso: string, addDays = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** Names recorded inside a change, when the record itself is gone (deleted for good). */
function recordedName(row: AuditRow): string | null {
  for (const doc of [row.after, row.before]) {
    if (typeof doc !== 'object' || doc === null) continue;
    const d = doc as Record<string, unknown>;
    for (const key of [
      'fullName',
      'full_name',
      'name',
      'headName',
      'head_name',
      'title',
      'fileName',
      'file_name',
    ]) {
      if (typeof d[key] === 'string' && d[key] !== '') return d[key] as string;
    }
  }
  return null;
}

const leafOf = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/** Unit and cluster ids that the page's changes mention, to show them by name. */
function referencedIds(changes: RawChange[], fields: ReadonlySet<string>): number[] {
  const ids: number[] = [];
  for (const c of changes) {
    if (!fields.has(leafOf(c.field))) continue;
    for (const v of [c.before, c.after].flat()) if (typeof v === 'number') ids.push(v);
  }
  return ids;
}

export function createAuditService(db: Db) {
  return {
    /** A page of the history, newest first, with labels and the changed fields worked out. */
    list(filter: z.output<typeof auditListSchema>): Page<AuditEntry> {
      const words = foldForSearch(filter.query)
        .split(' ')
        .filter((w) => w !== '');
      const { total, rows } = listAuditPage(
        db,
        {
          entity: filter.entity,
          entityId: filter.entityId,
          action: filter.action,
          atFrom: filter.from === null ? null : localDayStart(filter.from),
          atBefore: filter.to === null ? null : localDayStart(filter.to, 1),
          words,
        },
        filter.offset,
        filter.limit,
      );
      const changes = rows.map((r) => changedFields(r.before, r.after));
      const all = changes.flat();
      const refs: AuditRefNames = {
        units: recordLabels(db, 'units', referencedIds(all, UNIT_REF_FIELDS)),
        clusters: recordLabels(db, 'clusters', referencedIds(all, CLUSTER_REF_FIELDS)),
      };
      const labels = new Map<string, Map<number, string>>();
      for (const entity of new Set(rows.map((r) => r.entity))) {
        const ids = rows
          .filter((r) => r.entity === entity && r.entityId !== null)
          .map((r) => r.entityId as number);
        labels.set(entity, recordLabels(db, entity, ids));
      }
      return {
        total,
        offset: filter.offset,
        rows: rows.map((row, i) => ({
          id: row.id,
          at: row.at,
          actor: row.actor,
          entity: row.entity,
          entityLabel: auditEntityLabel(row.entity),
          entityId: row.entityId,
          recordLabel:
            (row.entityId === null ? undefined : labels.get(row.entity)?.get(row.entityId)) ??
            recordedName(row),
          action: row.action,
          actionLabel: AUDIT_ACTION_LABELS[row.action] ?? row.action,
          note: row.note,
          changes: (changes[i] ?? []).map((c) => ({
            field: c.field,
            label: auditFieldLabel(row.entity, c.field),
            before: formatAuditValue(row.entity, c.field, c.before, refs),
            after: formatAuditValue(row.entity, c.field, c.after, refs),
            beforeValue: c.before,
            afterValue: c.after,
          })),
        })),
      };
    },
  };
}
