import path from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/domain/backup';
import { foldForSearch } from '../../../shared/rules/search';

/** Where the data folder keeps its safety copies. */
export interface DataLayout {
  dataDir: string;
  databaseFile: string;
  /** Verified backups, `tdkt-YYYYMMDD-HHMMSS-<reason>.sqlite`, and the files a restore replaced. */
  backupDir: string;
  /** Damaged databases moved aside at start-up, one folder per event; never deleted by the app. */
  damagedDir: string;
}

export function dataLayout(dataDir: string, databaseFile: string): DataLayout {
  return {
    dataDir,
    databaseFile,
    backupDir: path.join(dataDir, 'backups'),
    damagedDir: path.join(dataDir, 'damaged'),
  };
}

/** A temporary name: never mistaken for a finished backup, removed when a later backup starts. */
export const PARTIAL_SUFFIX = '.partial';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261126-160000` in the computer's local time: what the officer reads in a folder listing. */
export function timeStamp(at: Date): string {
  return (
    `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-` +
    `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  );
}

/** `tdkt-20261126-160000-auto.sqlite`; `copy` > 1 tells apart two made within the same second. */
export function backupFileName(at: Date, reason: BackupReason, copy = 1): string {
  return `tdkt-${timeStamp(at)}-${reason}${copy > 1 ? `-${copy}` : ''}.sqlite`;
}

const NAME = new RegExp(
  `^tdkt-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

/** The time and reason in one of our backup names; null for any other file (which is never pruned). */
export function parseBackupFileName(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // The n-th copy made within one second was made after the first: it sorts n-1 ms later.
  const copy = m[8] === undefined ? 1 : Number(m[8]);
  const at = new Date(y, mo - 1, d, h, mi, s, Math.min(copy - 1, 999));
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  return { at, reason: m[7] as BackupReason };
}

/** "Phường Lê Chân" → "phuong-le-chan": safe in any file system, readable on a USB stick. */
export function wardSlug(wardName: string): string {
  const slug = foldForSearch(wardName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '') || 'du-lieu';
}

/** The "Sao lưu ngay" file: `tdkt-phuong-le-chan-20261126-160000.sqlite`. */
export function exportFileName(wardName: string, at: Date, copy = 1): string {
  return `tdkt-${wardSlug(wardName)}-${timeStamp(at)}${copy > 1 ? `-${copy}` : ''}.sqlite`;
}

/**
 * Like `backupFileName`/`exportFileName`, but the first that `taken` does not already hold: a
 * backup never overwrites another.
 */
export function freeName(make: (copy: number) => string, taken: (name: string) => boolean): string {
  for (let copy = 1; ; copy += 1) {
    const name = make(copy);
    if (!taken(name)) return name;
  }
}
