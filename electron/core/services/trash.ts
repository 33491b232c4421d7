import type { z } from 'zod';
import { relinkCandidatesOfDecision } from '../db/repos/proposal-candidates';
import { deleteOwnedAttachments } from '../db/repos/attachments';
import type { CoreServices } from './index';
import { auditedWriter } from './audit-trail';
import {
  deleteTrashed,
  deleteUnusedBlob,
  getRow,
  listTrash,
  referencesTo,
  trashLabel,
  untrash,
} from '../db/repos/trash';
import { AppError } from '../../../shared/errors';
import { auditEntityLabel } from '../../../shared/domain/audit-labels';
import { TRASH_KIND_LABELS, TRASH_KINDS, type TrashKind } from '../../../shared/domain/trash';
import type { trashListSchema } from '../../../shared/schemas/trash';
import type { TrashItem, TrashOutcome } from '../../../shared/api/trash';
import type { Page } from '../../../shared/schemas/registry/people';

/**
 * The records a trashed row belongs to, by column: restoring it while one of them is still in the
 * trash would bring back an orphan. Units, people and households are restored by their own services,
 * which check the same for them.
 */
const PARENTS: Partial<Record<TrashKind, [column: string, table: TrashKind][]>> = {
  movements: [
    ['scope_cluster_id', 'clusters'],
    ['scope_unit_id', 'units'],
  ],
  exemplary_models: [
    ['unit_id', 'units'],
    ['person_id', 'people'],
    ['household_id', 'households'],
    ['movement_id', 'movements'],
  ],
  proposals: [
    ['from_unit_id', 'units'],
    ['movement_id', 'movements'],
  ],
  decisions: [
    ['movement_id', 'movements'],
    ['attachment_id', 'attachments'],
  ],
};

/** A row as the audit log records it: camelCase keys, without the derived search columns. */
function recorded(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    // The id is the audit row's own entity_id; the folded and sort columns are derived from the name.
    if (key === 'id' || key === 'search_text' || key === 'sort_key') continue;
    out[key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

const isForeignKeyFailure = (e: unknown) =>
  typeof (e as { code?: unknown }).code === 'string' &&
  /^SQLITE_CONSTRAINT_(TRIGGER|FOREIGNKEY)$/.test((e as { code: string }).code) &&
  /FOREIGN KEY constraint failed/.test((e as Error).message);

export function createTrashService(s: CoreServices) {
  const { db } = s;
  const notInTrash = () =>
    new AppError(
      'NOT_FOUND',
      'Không tìm thấy bản ghi này trong thùng rác (có thể đã được khôi phục hoặc xóa vĩnh viễn).',
    );

  function trashed(kind: TrashKind, id: number): Record<string, unknown> {
    const row = getRow(db, kind, id);
    if (!row || row.deleted_at === null) throw notInTrash();
    return row;
  }

  /** The parent in the trash that blocks a restore, if any. */
  function trashedParent(
    kind: TrashKind,
    row: Record<string, unknown>,
  ): { kind: TrashKind; label: string } | null {
    const links: [string, TrashKind][] = [...(PARENTS[kind] ?? [])];
    const owner = row.owner_entity;
    if (
      kind === 'attachments' &&
      typeof owner === 'string' &&
      (TRASH_KINDS as readonly string[]).includes(owner)
    ) {
      links.push(['owner_id', owner as TrashKind]);
    }
    for (const [column, table] of links) {
      const parentId = row[column];
      if (typeof parentId !== 'number') continue;
      const parent = getRow(db, table, parentId);
      if (parent && parent.deleted_at !== null)
        return { kind: table, label: trashLabel(db, table, parentId) ?? `#${parentId}` };
    }
    return null;
  }

  function restoreGeneric(kind: TrashKind, id: number): TrashOutcome {
    const before = trashed(kind, id);
    const parent = trashedParent(kind, before);
    if (parent) {
      throw new AppError(
        'CONFLICT',
        `Bản ghi này thuộc về ${TRASH_KIND_LABELS[parent.kind].toLowerCase()} “${parent.label}” đang ở thùng rác; hãy khôi phục “${parent.label}” trước.`,
      );
    }
    return auditedWriter(
      s,
      kind,
    )((at) => {
      untrash(db, kind, id, at);
      if (kind === 'decisions') relinkCandidatesOfDecision(db, id, at);
      const after = getRow(db, kind, id) as Record<string, unknown>;
      return {
        result: { kind, id, label: trashLabel(db, kind, id) ?? `#${id}` },
        audit: { entityId: id, action: 'restore', before: recorded(before), after: recorded(after) },
      };
    });
  }

  return {
    list({ kind, offset, limit }: z.output<typeof trashListSchema>): Page<TrashItem> {
      const { total, rows } = listTrash(db, kind, offset, limit);
      return {
        total,
        offset,
        rows: rows.map((r) => ({
          kind: r.kind,
          kindLabel: TRASH_KIND_LABELS[r.kind],
          id: r.id,
          label: r.label,
          detail: [r.d1, r.d2].filter((p): p is string => p !== null && p !== '').join(' – ') || null,
          deletedAt: r.deletedAt,
        })),
      };
    },

    restore(kind: TrashKind, id: number): TrashOutcome {
      trashed(kind, id);
      const label = trashLabel(db, kind, id) ?? `#${id}`;
      // The registry services check their own parents and write the same audit rows as their restore buttons.
      if (kind === 'units') s.units.restore(id);
      else if (kind === 'people') s.people.restore(id);
      else if (kind === 'households') s.households.restore(id);
      else return restoreGeneric(kind, id);
      return { kind, id, label };
    },

    purge(kind: TrashKind, id: number): TrashOutcome {
      const before = trashed(kind, id);
      const label = trashLabel(db, kind, id) ?? `#${id}`;
      try {
        return auditedWriter(
          s,
          kind,
        )(() => {
          deleteTrashed(db, kind, id);
          if (kind === 'attachments' && typeof before.sha256 === 'string')
            deleteUnusedBlob(db, before.sha256);
          // Attachments name their owner by table and id (no foreign key): they go with it.
          else for (const sha256 of deleteOwnedAttachments(db, kind, id)) deleteUnusedBlob(db, sha256);
          return {
            result: { kind, id, label },
            audit: { entityId: id, action: 'purge', before: recorded(before) },
          };
        });
      } catch (error) {
        if (!isForeignKeyFailure(error)) throw error;
        const refs = referencesTo(db, kind, id)
          .map((r) => `${auditEntityLabel(r.table).toLowerCase()} (${r.count})`)
          .join(', ');
        throw new AppError(
          'CONFLICT',
          `Không xóa vĩnh viễn được “${label}” vì vẫn còn dữ liệu khác tham chiếu đến${refs ? `: ${refs}` : ''}. Bản ghi vẫn ở thùng rác và có thể khôi phục.`,
          { cause: error },
        );
      }
    },
  };
}
