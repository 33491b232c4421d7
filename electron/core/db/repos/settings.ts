import type { Db } from '../types';
import { prepared } from './prepared';

/** All stored settings as key → parsed JSON value. */
export function readSettingsRows(db: Db): Record<string, unknown> {
  const rows = prepared(db, 'SELECT key, value_json FROM settings').all() as {
    key: string;
    value_json: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value_json)]));
}

/** Upserts the given keys; the caller wraps it in a transaction with its audit row. */
export function writeSettingsRows(db: Db, values: Record<string, unknown>, at: string): void {
  const upsert = prepared(
    db,
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  );
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value), at);
}
