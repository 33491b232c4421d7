import type { Db } from '../types';
import { prepared } from './prepared';
import { TRASH_KINDS, type TrashKind } from '../../../../shared/domain/trash';

/**
 * How each trashable table shows in the trash: a label and up to two detail parts (joined by the
 * service). Table names here are fixed strings, never input: `kind` is checked against TRASH_KINDS.
 */
const SHOWN: Record<TrashKind, { label: string; d1: string; d2: string }> = {
  units: { label: 't.name', d1: 't.short_name', d2: 'NULL' },
  people: {
    label: 't.full_name',
    d1: "'Sinh năm ' || t.birth_year",
    d2: '(SELECT name FROM units WHERE id = t.unit_id)',
  },
  households: {
    label: 't.head_name',
    d1: 't.address',
    d2: '(SELECT name FROM units WHERE id = t.residential_group_unit_id)',
  },
  clusters: { label: 't.name', d1: 'NULL', d2: 'NULL' },
  movements: { label: 't.name', d1: "t.period_from_year || '–' || t.period_to_year", d2: 'NULL' },
  exemplary_models: { label: 't.title', d1: 't.field', d2: 'NULL' },
  proposals: { label: 't.title', d1: 't.doc_number', d2: "'Năm ' || t.year" },
  decisions: { label: "coalesce(t.subject, 'Dự thảo quyết định')", d1: "'Năm ' || t.year", d2: 'NULL' },
  attachments: { label: 't.file_name', d1: 't.mime_type', d2: 'NULL' },
};

export interface TrashRow {
  kind: TrashKind;
  id: number;
  label: string;
  d1: string | null;
  d2: string | null;
  deletedAt: string;
}

const selectOf = (kind: TrashKind) =>
  `SELECT '${kind}' AS kind, t.id, ${SHOWN[kind].label} AS label, ${SHOWN[kind].d1} AS d1, ${SHOWN[kind].d2} AS d2,
     t.deleted_at AS deletedAt FROM ${kind} t WHERE t.deleted_at IS NOT NULL`;

/** Trashed records of one kind, or of every kind, newest deletion first. */
export function listTrash(
  db: Db,
  kind: TrashKind | null,
  offset: number,
  limit: number,
): { total: number; rows: TrashRow[] } {
  const kinds: readonly TrashKind[] = kind === null ? TRASH_KINDS : [kind];
  let total = 0;
  for (const k of kinds) {
    total += (
      prepared(db, `SELECT count(*) AS n FROM ${k} WHERE deleted_at IS NOT NULL`).get() as { n: number }
    ).n;
  }
  const rows = prepared(
    db,
    `${kinds.map(selectOf).join('\nUNION ALL\n')}
     ORDER BY deletedAt DESC, kind, id DESC LIMIT ? OFFSET ?`,
  ).all(limit, offset) as TrashRow[];
  return { total, rows };
}

/** One stored row as SQLite has it (snake_case columns), trashed or not; null when there is no such id. */
export function getRow(db: Db, table: TrashKind, id: number): Record<string, unknown> | null {
  return (
    (prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined) ??
    null
  );
}

/** The record's label as the trash shows it. */
export function trashLabel(db: Db, kind: TrashKind, id: number): string | null {
  const row = prepared(db, `SELECT ${SHOWN[kind].label} AS label FROM ${kind} t WHERE t.id = ?`).get(id) as
    { label: string } | undefined;
  return row?.label ?? null;
}

/** Takes a row out of the trash. */
export function untrash(db: Db, table: TrashKind, id: number, at: string): void {
  prepared(
    db,
    `UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL`,
  ).run(at, id);
}

/** Deletes a trashed row for good; a RESTRICT reference makes SQLite refuse (SQLITE_CONSTRAINT_TRIGGER). */
export function deleteTrashed(db: Db, table: TrashKind, id: number): void {
  prepared(db, `DELETE FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).run(id);
}

/** Drops an attachment's content once no attachment row uses it any more. */
export function deleteUnusedBlob(db: Db, sha256: string): void {
  prepared(
    db,
    'DELETE FROM attachment_blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)',
  ).run(sha256, sha256);
}

const foreignKeys = new WeakMap<Db, { child: string; column: string; parent: string }[]>();

/** Every foreign key of the schema, read once per connection. */
function allForeignKeys(db: Db) {
  let keys = foreignKeys.get(db);
  if (!keys) {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all() as { name: string }[];
    keys = tables.flatMap(({ name }) =>
      (db.pragma(`foreign_key_list("${name}")`) as { table: string; from: string }[]).map((fk) => ({
        child: name,
        column: fk.from,
        parent: fk.table,
      })),
    );
    foreignKeys.set(db, keys);
  }
  return keys;
}

/** Which tables still hold rows that point at `table`.id = `id`, and how many: why a purge is refused. */
export function referencesTo(db: Db, table: string, id: number): { table: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const fk of allForeignKeys(db).filter((k) => k.parent === table)) {
    const { n } = db.prepare(`SELECT count(*) AS n FROM "${fk.child}" WHERE "${fk.column}" = ?`).get(id) as {
      n: number;
    };
    if (n > 0) counts.set(fk.child, (counts.get(fk.child) ?? 0) + n);
  }
  return [...counts].map(([t, count]) => ({ table: t, count }));
}
