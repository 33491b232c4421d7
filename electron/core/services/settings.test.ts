import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { listAudit } from '../db/repos/audit';
import { fixedClock } from '../clock';
import { createSettingsService, UNNAMED_OFFICER } from './settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/schemas/settings';

function setup() {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS);
  return { db, settings: createSettingsService(db, fixedClock('2026-11-26T09:00:00.000Z')) };
}

const valid = () =>
  settingsSchema.parse({
    ...DEFAULT_SETTINGS,
    chairman: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
    officerName: 'Trần Thị Mai',
  });

describe('settings service', () => {
  it('returns the defaults on a fresh database', () => {
    const { settings } = setup();
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.actor()).toBe(UNNAMED_OFFICER);
  });

  it('stores changes and records them in the audit log with old and new values', () => {
    const { db, settings } = setup();
    settings.update(valid());
    const saved = settings.get();
    expect(saved.chairman.name).toBe('Nguyễn Văn Hùng');
    expect(settings.actor()).toBe('Trần Thị Mai');

    const [row] = listAudit(db, { entity: 'settings' });
    expect(row).toMatchObject({
      actor: 'Trần Thị Mai',
      action: 'update',
      at: '2026-11-26T09:00:00.000Z',
      before: { chairman: { name: '', title: 'Chủ tịch' }, officerName: '' },
      after: { chairman: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' }, officerName: 'Trần Thị Mai' },
    });
  });

  it('writes no audit row when nothing changed', () => {
    const { db, settings } = setup();
    settings.update(valid());
    settings.update(valid());
    expect(listAudit(db, { entity: 'settings' })).toHaveLength(1);
  });

  it('leaves nothing behind when the audit write fails inside the transaction', () => {
    const { db, settings } = setup();
    db.exec(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no audit'); END`,
    );
    expect(() => settings.update(valid())).toThrow('no audit');
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('falls back to the default for a stored value the schema no longer accepts', () => {
    const { db, settings } = setup();
    db.prepare(
      "INSERT INTO settings (key, value_json, updated_at) VALUES ('unitReportDeadline', '\"99/99\"', 'x')",
    ).run();
    expect(settings.get().unitReportDeadline).toBe('10/12');
  });
});
