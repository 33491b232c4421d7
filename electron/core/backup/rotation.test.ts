import { describe, expect, it } from 'vitest';
import { backupsToKeep, backupsToPrune, SAFETY_COPIES_KEPT, type DatedBackup } from './rotation';
import { backupFileName, parseBackupFileName } from './layout';
import type { BackupReason } from '../../../shared/domain/backup';

const RETENTION = { daily: 7, weekly: 4, monthly: 12 };

/** Local 08:00 on a calendar day, whatever the machine's time zone. */
const day = (y: number, m: number, d: number, h = 8) => new Date(y, m - 1, d, h, 0, 0);
const backup = (at: Date, reason: BackupReason = 'auto'): DatedBackup => ({
  name: backupFileName(at, reason),
  at,
  reason,
});

/** A fake clock that moves one day at a time: one backup each day, pruned right after it is made. */
function simulateDaily(from: Date, to: Date, retention = RETENTION): DatedBackup[] {
  let kept: DatedBackup[] = [];
  for (let now = from; now <= to; now = day(now.getFullYear(), now.getMonth() + 1, now.getDate() + 1)) {
    kept.push(backup(now));
    const pruned = new Set(backupsToPrune(kept, retention, now).map((b) => b.name));
    kept = kept.filter((b) => !pruned.has(b.name));
  }
  return kept;
}

const dates = (kept: DatedBackup[]) =>
  kept
    .map((b) => b.at)
    .sort((a, b) => a.getTime() - b.getTime())
    .map((d) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`);

describe('backup rotation', () => {
  it('after a year of daily backups keeps exactly 7 daily, 4 weekly and 12 monthly', () => {
    const kept = simulateDaily(day(2026, 1, 1), day(2026, 12, 31));
    expect(dates(kept)).toEqual([
      // monthly: the newest of each month
      '2026-1-31',
      '2026-2-28',
      '2026-3-31',
      '2026-4-30',
      '2026-5-31',
      '2026-6-30',
      '2026-7-31',
      '2026-8-31',
      '2026-9-30',
      '2026-10-31',
      '2026-11-30',
      // weekly: Sundays of the weeks starting 7 and 14 December (21-27 and 28- are covered below)
      '2026-12-13',
      '2026-12-20',
      // daily: the last seven days (the 27th is also its week's, the 31st its week's and month's)
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
  });

  it('drops a month once twelve newer months have a backup', () => {
    const kept = simulateDaily(day(2026, 1, 1), day(2027, 1, 31));
    expect(dates(kept)).not.toContain('2026-1-31');
    expect(dates(kept)).toEqual([
      '2026-2-28',
      '2026-3-31',
      '2026-4-30',
      '2026-5-31',
      '2026-6-30',
      '2026-7-31',
      '2026-8-31',
      '2026-9-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-1-10',
      '2027-1-17',
      '2027-1-24',
      '2027-1-25',
      '2027-1-26',
      '2027-1-27',
      '2027-1-28',
      '2027-1-29',
      '2027-1-30',
      '2027-1-31',
    ]);
  });

  it('counts only days that have a backup: a month away from the office deletes nothing', () => {
    const before = simulateDaily(day(2026, 3, 1), day(2026, 3, 20));
    const afterGap = [...before, backup(day(2026, 5, 2))];
    const pruned = backupsToPrune(afterGap, RETENTION, day(2026, 5, 2));
    // The newest six of March stay daily copies next to the new one.
    expect(dates(afterGap.filter((b) => !pruned.includes(b)))).toEqual(
      expect.arrayContaining([
        '2026-3-15',
        '2026-3-16',
        '2026-3-17',
        '2026-3-18',
        '2026-3-19',
        '2026-3-20',
        '2026-5-2',
      ]),
    );
  });

  it('keeps the newest of a day, whether automatic or manual', () => {
    const morning = backup(day(2026, 6, 1, 8), 'auto');
    const evening = backup(day(2026, 6, 1, 17), 'manual');
    const keep = backupsToKeep([morning, evening], { daily: 1, weekly: 0, monthly: 0 }, day(2026, 6, 1, 18));
    expect([...keep]).toEqual([evening.name]);
  });

  it('keeps the newest safety copies of each reason apart from the daily ones', () => {
    const now = day(2026, 6, 30, 12);
    const premigrate = Array.from({ length: 5 }, (_, i) => backup(day(2026, 6, 1 + i, 9), 'premigrate'));
    const prerestore = Array.from({ length: 4 }, (_, i) => backup(day(2026, 6, 10 + i, 9), 'prerestore'));
    const auto = backup(day(2026, 6, 30, 8));
    const keep = backupsToKeep([...premigrate, ...prerestore, auto], RETENTION, now);
    expect(keep.has(auto.name)).toBe(true);
    expect(premigrate.filter((b) => keep.has(b.name))).toEqual(premigrate.slice(-SAFETY_COPIES_KEPT));
    expect(prerestore.filter((b) => keep.has(b.name))).toEqual(prerestore.slice(-SAFETY_COPIES_KEPT));
  });

  it('never prunes a backup dated after now (the clock was set back) and does not let it count', () => {
    const future = backup(day(2030, 1, 1));
    const today = backup(day(2026, 6, 1));
    const keep = backupsToKeep([future, today], { daily: 1, weekly: 0, monthly: 0 }, day(2026, 6, 1, 9));
    expect(keep).toEqual(new Set([future.name, today.name]));
  });

  it('follows changed retention settings and always keeps at least the newest', () => {
    const kept = simulateDaily(day(2026, 1, 1), day(2026, 3, 31), { daily: 3, weekly: 0, monthly: 0 });
    expect(dates(kept)).toEqual(['2026-3-29', '2026-3-30', '2026-3-31']);
    const one = backupsToKeep(kept, { daily: 0, weekly: 0, monthly: 0 }, day(2026, 3, 31, 9));
    expect([...one]).toEqual([kept.at(-1)!.name]);
  });
});

describe('backup file names', () => {
  it('round-trips the local time and reason, and ignores files that are not ours', () => {
    const at = new Date(2026, 10, 26, 16, 5, 9);
    expect(backupFileName(at, 'prerestore')).toBe('tdkt-20261126-160509-prerestore.sqlite');
    expect(parseBackupFileName('tdkt-20261126-160509-prerestore.sqlite')).toEqual({
      at,
      reason: 'prerestore',
    });
    // A second copy within the same second sorts after the first.
    expect(parseBackupFileName('tdkt-20261126-160509-prerestore-2.sqlite')).toEqual({
      at: new Date(at.getTime() + 1),
      reason: 'prerestore',
    });
    expect(parseBackupFileName('tdkt-20261126-160509-other.sqlite')).toBeNull();
    expect(parseBackupFileName('tdkt-20260230-160509-auto.sqlite')).toBeNull();
    expect(parseBackupFileName('tdkt-20261126-160509-auto.sqlite.partial')).toBeNull();
  });
});
