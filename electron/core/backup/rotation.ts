import type { BackupReason } from '../../../shared/domain/backup';
import type { BackupRetention } from '../../../shared/schemas/settings';

export interface DatedBackup {
  name: string;
  at: Date;
  reason: BackupReason;
}

/** Copies made just before a migration or a restore: the newest few of each are always kept. */
export const SAFETY_COPIES_KEPT = 3;

const REGULAR: ReadonlySet<BackupReason> = new Set(['auto', 'manual']);

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** A week is named by its Monday (weeks start on Monday in Vietnam, as in ISO 8601). */
const weekKey = (d: Date) => {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
};
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** The newest backup of each of the `count` most recent periods that have one (restic's keep-daily etc.). */
function newestPerPeriod(
  newestFirst: readonly DatedBackup[],
  period: (d: Date) => string,
  count: number,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const b of newestFirst) {
    if (seen.size >= count) break;
    const key = period(b.at);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(b.name);
  }
  return kept;
}

/**
 * Which backups to keep, given their times (local calendar) and now. Regular copies (automatic and
 * manual) follow the retention: the newest of each of the last `daily` days, `weekly` weeks and
 * `monthly` months that have a backup, so a month without use never empties the folder. Safety copies
 * (before a migration or a restore) are kept by reason, the newest SAFETY_COPIES_KEPT of each.
 * Anything dated after `now` (the computer's clock was set back) is kept: it cannot be placed.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  retention: BackupRetention,
  now: Date,
): Set<string> {
  const keep = new Set<string>();
  const placed: DatedBackup[] = [];
  for (const b of backups) {
    // A second of slack: names keep whole seconds, and copies within one second sort by a millisecond.
    if (b.at.getTime() > now.getTime() + 1000) keep.add(b.name);
    else placed.push(b);
  }
  const newestFirst = [...placed].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1),
  );
  const regular = newestFirst.filter((b) => REGULAR.has(b.reason));
  const periods: [(d: Date) => string, number][] = [
    [dayKey, Math.max(1, retention.daily)],
    [weekKey, retention.weekly],
    [monthKey, retention.monthly],
  ];
  for (const [period, count] of periods)
    for (const name of newestPerPeriod(regular, period, count)) keep.add(name);
  for (const reason of ['premigrate', 'prerestore'] as const) {
    for (const b of newestFirst.filter((x) => x.reason === reason).slice(0, SAFETY_COPIES_KEPT))
      keep.add(b.name);
  }
  return keep;
}

/** The complement of backupsToKeep: what pruning may delete. */
export function backupsToPrune(
  backups: readonly DatedBackup[],
  retention: BackupRetention,
  now: Date,
): DatedBackup[] {
  const keep = backupsToKeep(backups, retention, now);
  return backups.filter((b) => !keep.has(b.name));
}
