import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { checkIntegrity } from '../repos/maintenance';
import { insertAudit } from '../repos/audit';

const AT = '2026-11-26T09:00:00.000Z';
const SHA = 'b'.repeat(64);

function atVersion3() {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS.slice(0, 3));
  return db;
}

describe('migration 004: attachments inside the database, folded audit search', () => {
  it('fills the search text of the history written before it', () => {
    const db = atVersion3();
    db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json, note)
       VALUES (?, 'Lê Văn Cán', 'people', 1, 'update', ?, ?, 'Sửa tên')`,
    ).run(
      AT,
      JSON.stringify({ fullName: 'Nguyễn Văn An', birthYear: 1980 }),
      JSON.stringify({ fullName: 'Nguyễn Văn Ân' }),
    );
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT search_text FROM audit_log').get()).toEqual({
      search_text: 'le van can sua ten nguyen van an nguyen van an',
    });
    // New rows get theirs from the repository.
    insertAudit(db, {
      at: AT,
      actor: 'Đặng Thị Đào',
      entity: 'settings',
      entityId: null,
      action: 'update',
      after: { wardName: 'Phường Đông Hải' },
    });
    expect(db.prepare('SELECT search_text FROM audit_log WHERE id = 2').get()).toEqual({
      search_text: 'dang thi dao phuong dong hai',
    });
    db.close();
  });

  it('keeps attached files as blobs that an attachment must point at and that cannot vanish under it', () => {
    const db = atVersion3();
    migrate(db, MIGRATIONS);
    const attach = db.prepare(
      `INSERT INTO attachments (owner_entity, owner_id, file_name, size_bytes, sha256, added_by, created_at, updated_at)
       VALUES ('decisions', 1, 'qd.pdf', 3, ?, 'test', ?, ?)`,
    );
    expect(() => attach.run(SHA, AT, AT)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db
        .prepare('INSERT INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, 4)')
        .run(SHA, Buffer.from('abc')),
    ).toThrow(/CHECK constraint failed/);
    db.prepare('INSERT INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, 3)').run(
      SHA,
      Buffer.from('abc'),
    );
    const id = Number(attach.run(SHA, AT, AT).lastInsertRowid);
    expect(() => db.prepare('DELETE FROM attachment_blobs WHERE sha256 = ?').run(SHA)).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    // Decisions still point at the rebuilt table.
    db.prepare(
      `INSERT INTO decisions (year, attachment_id, created_at, updated_at) VALUES (2026, ?, ?, ?)`,
    ).run(id, AT, AT);
    expect(() => db.prepare('DELETE FROM attachments WHERE id = ?').run(id)).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(checkIntegrity(db, 'full')).toEqual([]);
    expect(
      (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'attachments'").get() as { sql: string }).sql,
    ).not.toContain('stored_name');
    db.close();
  });
});
