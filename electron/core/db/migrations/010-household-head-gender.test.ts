import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { checkIntegrity } from '../repos/maintenance';

const AT = '2026-11-26T09:00:00.000Z';

/** A database as the app left it at migration 009: two households, one on a signed decision's list. */
function atVersion9() {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS.slice(0, 9));
  const household = db.prepare(
    `INSERT INTO households (head_name, address, search_text, sort_key, created_at, updated_at)
     VALUES (?, ?, '', '', ?, ?)`,
  );
  household.run('Phạm Văn Bình', 'Số 12 ngõ 5', AT, AT);
  household.run('Nguyễn Thị Hoa', null, AT, AT);
  db.prepare(
    "INSERT INTO people (full_name, gender, created_at, updated_at) VALUES ('Đỗ Văn An', 'male', ?, ?)",
  ).run(AT, AT);
  const gk = db.prepare("SELECT id FROM award_catalogue WHERE code = 'giay_khen_chu_tich_phuong'").get() as {
    id: number;
  };
  db.prepare(
    `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title, signer_on_behalf,
       subject, legal_bases, catalogue_id, status, signed_at, created_at, updated_at)
     VALUES (2026, 5, '05/QĐ-UBND', '2026-07-05', 'Trần Văn Hùng', 'Phó Chủ tịch', 1, 'Về việc tặng Giấy khen',
       '[]', ?, 'signed', ?, ?, ?)`,
  ).run(gk.id, AT, AT, AT);
  const line = db.prepare(
    `INSERT INTO awards (decision_id, position, recipient_kind, person_id, household_id, recipient_name_snapshot,
       catalogue_id, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  line.run(0, 'household', null, 1, 'Phạm Văn Bình', gk.id, AT, AT);
  line.run(0, 'individual', 1, null, 'Đỗ Văn An', gk.id, AT, AT);
  return db;
}

describe('migration 010: the household head’s gender', () => {
  it('keeps existing households and award lines with the gender unknown', () => {
    const db = atVersion9();
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT head_name, head_gender FROM households ORDER BY id').all()).toEqual([
      { head_name: 'Phạm Văn Bình', head_gender: null },
      { head_name: 'Nguyễn Thị Hoa', head_gender: null },
    ]);
    expect(db.prepare('SELECT recipient_kind, head_gender_snapshot FROM awards ORDER BY id').all()).toEqual([
      { recipient_kind: 'household', head_gender_snapshot: null },
      { recipient_kind: 'individual', head_gender_snapshot: null },
    ]);
    expect(checkIntegrity(db, 'full')).toEqual([]);
    db.close();
  });

  it('stores male or female only, and a snapshot only on household lines', () => {
    const db = atVersion9();
    migrate(db, MIGRATIONS);
    db.prepare("UPDATE households SET head_gender = 'female' WHERE id = 2").run();
    expect(() => db.prepare("UPDATE households SET head_gender = 'Nữ' WHERE id = 1").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE awards SET head_gender_snapshot = 'male' WHERE recipient_kind = 'household'").run();
    expect(() =>
      db.prepare("UPDATE awards SET head_gender_snapshot = 'male' WHERE recipient_kind = 'individual'").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db.prepare("UPDATE awards SET head_gender_snapshot = 'ong' WHERE recipient_kind = 'household'").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT head_gender FROM households ORDER BY id').pluck().all()).toEqual([
      null,
      'female',
    ]);
    db.close();
  });
});
