import type { Db } from '../types';
import { prepared } from './prepared';

/** An attached file as stored (its bytes live in attachment_blobs by sha256). */
export interface AttachmentRow {
  id: number;
  ownerEntity: string;
  ownerId: number;
  fileName: string;
  mimeType: string | null;
  sizeBytes: number;
  sha256: string;
  addedBy: string;
  note: string | null;
  createdAt: string;
  deletedAt: string | null;
}

const COLUMNS = `id, owner_entity AS ownerEntity, owner_id AS ownerId, file_name AS fileName,
  mime_type AS mimeType, size_bytes AS sizeBytes, sha256, added_by AS addedBy, note,
  created_at AS createdAt, deleted_at AS deletedAt`;

/** The live attachments of one record, oldest first. */
export function listAttachments(db: Db, ownerEntity: string, ownerId: number): AttachmentRow[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM attachments WHERE owner_entity = ? AND owner_id = ? AND deleted_at IS NULL
     ORDER BY created_at, id`,
  ).all(ownerEntity, ownerId) as AttachmentRow[];
}

export function getAttachment(db: Db, id: number): AttachmentRow | null {
  return (prepared(db, `SELECT ${COLUMNS} FROM attachments WHERE id = ?`).get(id) as AttachmentRow) ?? null;
}

/** The stored bytes of a content hash, or null. */
export function blobBytes(db: Db, sha256: string): Buffer | null {
  const row = prepared(db, 'SELECT bytes FROM attachment_blobs WHERE sha256 = ?').get(sha256) as
    { bytes: Buffer } | undefined;
  return row?.bytes ?? null;
}

/** Stores bytes under their hash unless identical bytes are already there (then they are shared). */
export function putBlob(db: Db, sha256: string, bytes: Uint8Array): void {
  prepared(db, 'INSERT OR IGNORE INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, ?)').run(
    sha256,
    bytes,
    bytes.byteLength,
  );
}

export function insertAttachment(
  db: Db,
  a: Pick<
    AttachmentRow,
    'ownerEntity' | 'ownerId' | 'fileName' | 'mimeType' | 'sizeBytes' | 'sha256' | 'addedBy'
  >,
  at: string,
): number {
  const info = prepared(
    db,
    `INSERT INTO attachments (owner_entity, owner_id, file_name, mime_type, size_bytes, sha256, added_by,
       created_at, updated_at)
     VALUES (@ownerEntity, @ownerId, @fileName, @mimeType, @sizeBytes, @sha256, @addedBy, @at, @at)`,
  ).run({ ...a, at });
  return Number(info.lastInsertRowid);
}

/** Deletes the row for good (the caller drops the blob with deleteUnusedBlob when nothing else uses it). */
export function deleteAttachment(db: Db, id: number): void {
  prepared(db, 'DELETE FROM attachments WHERE id = ?').run(id);
}

/** Deletes every attachment of one owner row (purged for good); returns the hashes that may now be unused. */
export function deleteOwnedAttachments(db: Db, ownerEntity: string, ownerId: number): string[] {
  const rows = prepared(db, 'SELECT sha256 FROM attachments WHERE owner_entity = ? AND owner_id = ?').all(
    ownerEntity,
    ownerId,
  ) as { sha256: string }[];
  prepared(db, 'DELETE FROM attachments WHERE owner_entity = ? AND owner_id = ?').run(ownerEntity, ownerId);
  return [...new Set(rows.map((r) => r.sha256))];
}
