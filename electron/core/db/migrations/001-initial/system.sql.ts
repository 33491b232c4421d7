import { json, STAMPS, TRASH } from './columns';

/** Settings, the audit trail and attached files. */
export const SYSTEM_SQL = `
-- Settings: one JSON value per key (ward name, signers, deadlines, certificate layout); shape fixed by repos/settings.ts
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  ${json('value_json', true)},
  updated_at TEXT NOT NULL
) STRICT;

-- Audit trail: one row per user-visible change, in the change's transaction; shape fixed by repos/audit.ts
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge', 'correct', 'sign', 'cancel', 'import', 'other')),
  ${json('before_json')},
  ${json('after_json')},
  note TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);

-- Attachments: files stored by content hash in the data folder, owned by any row (owner_entity = table name)
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  owner_entity TEXT NOT NULL CHECK (owner_entity <> '' AND owner_entity NOT GLOB '*[^a-z_]*'),
  owner_id INTEGER NOT NULL,
  file_name TEXT NOT NULL CHECK (file_name <> ''),
  stored_name TEXT NOT NULL CHECK (stored_name <> ''),
  mime_type TEXT,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  added_by TEXT NOT NULL,
  note TEXT,
  ${STAMPS},
  ${TRASH}
) STRICT;
CREATE INDEX attachments_owner ON attachments(owner_entity, owner_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
`;
