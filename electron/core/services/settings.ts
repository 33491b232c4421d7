import type { Db } from '../db/types';
import type { Clock } from '../clock';
import { readSettingsRows, writeSettingsRows } from '../db/repos/settings';
import { insertAudit } from '../db/repos/audit';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/schemas/settings';

export const UNNAMED_OFFICER = 'Cán bộ (chưa đặt tên)';

export interface SettingsService {
  get(): Settings;
  update(next: Settings): Settings;
  /** Who is recorded in the audit log for changes made now. */
  actor(): string;
}

export function createSettingsService(db: Db, clock: Clock): SettingsService {
  // Every audited write asks who the actor is, 10,000 times in one import: read and check the
  // stored values once, and again only after this service changed them.
  let cached: Settings | null = null;

  const get = (): Settings => {
    cached ??= read();
    return cached;
  };

  const read = (): Settings => {
    const stored = readSettingsRows(db);
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    // A stored value that no longer passes the schema (hand-edited file, older format) falls back to
    // its default instead of breaking every screen that reads settings.
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in DEFAULT_SETTINGS)) continue;
      const field = settingsSchema.shape[key as keyof Settings];
      if (field.safeParse(value).success) merged[key] = value;
    }
    return merged as Settings;
  };

  const actor = () => get().officerName || UNNAMED_OFFICER;

  const update = (next: Settings): Settings => {
    const before = get();
    const changedKeys = (Object.keys(next) as (keyof Settings)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]),
    );
    if (changedKeys.length === 0) return before;
    const pick = (s: Settings) => Object.fromEntries(changedKeys.map((k) => [k, s[k]]));
    cached = null;
    db.transaction(() => {
      const at = clock.now().toISOString();
      writeSettingsRows(db, pick(next), at);
      insertAudit(db, {
        at,
        actor: next.officerName || before.officerName || UNNAMED_OFFICER,
        entity: 'settings',
        entityId: null,
        action: 'update',
        before: pick(before),
        after: pick(next),
      });
    })();
    cached = null;
    return get();
  };

  return { get, update, actor };
}
