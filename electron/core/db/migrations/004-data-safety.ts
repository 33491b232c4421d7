import type { Migration } from '../types';
import { auditSearchText } from '../repos/audit-search';

/**
 * Everything in one file, so one backup carries it all: attached files move into the database
 * (`attachment_blobs`, one row per distinct content, referenced by `attachments.sha256`; the unused
 * `stored_name` of the on-disk design goes). And the history screen's text search gets a folded
 * `audit_log.search_text`, filled here for the rows already written.
 *
 * `attachments` is rebuilt to gain its foreign key (SQLite cannot add one to a table). No version
 * before this one wrote attachments, so the copy is empty in practice; it is still done properly.
 */
export const migration004: Migration = {
  version: 4,
  name: 'data-safety',
  up(db) {
    db.exec(`
      CREATE TABLE attachment_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        bytes BLOB NOT NULL,
        size_bytes INTEGER NOT NULL CHECK (size_bytes = length(bytes))
      ) STRICT;

      CREATE TABLE attachments_new (
        id INTEGER PRIMARY KEY,
        owner_entity TEXT NOT NULL CHECK (owner_entity <> '' AND owner_entity NOT GLOB '*[^a-z_]*'),
        owner_id INTEGER NOT NULL,
        file_name TEXT NOT NULL CHECK (file_name <> ''),
        mime_type TEXT,
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        sha256 TEXT NOT NULL REFERENCES attachment_blobs(sha256) ON DELETE RESTRICT,
        added_by TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*'),
        updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*'),
        deleted_at TEXT CHECK (deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*')
      ) STRICT;
      INSERT INTO attachments_new (id, owner_entity, owner_id, file_name, mime_type, size_bytes, sha256,
        added_by, note, created_at, updated_at, deleted_at)
      SELECT id, owner_entity, owner_id, file_name, mime_type, size_bytes, sha256,
        added_by, note, created_at, updated_at, deleted_at FROM attachments;
      DROP TABLE attachments;
      ALTER TABLE attachments_new RENAME TO attachments;
      CREATE INDEX attachments_owner ON attachments(owner_entity, owner_id);
      CREATE INDEX attachments_sha256 ON attachments(sha256);
      CREATE INDEX attachments_trashed ON attachments(deleted_at) WHERE deleted_at IS NOT NULL;

      ALTER TABLE audit_log ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
    `);
    const rows = db.prepare('SELECT id, actor, note, before_json, after_json FROM audit_log').all() as {
      id: number;
      actor: string;
      note: string | null;
      before_json: string | null;
      after_json: string | null;
    }[];
    const update = db.prepare('UPDATE audit_log SET search_text = ? WHERE id = ?');
    const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
    for (const r of rows) {
      update.run(auditSearchText(r.actor, r.note, parse(r.before_json), parse(r.after_json)), r.id);
    }
  },
};
