import { formatDate, todayIso } from '../../../shared/rules/dates';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A stored timestamp as the office reads it, in local time: "26/11/2026 17:05". */
export function formatStamp(stamp: string): string {
  const at = new Date(stamp.includes('T') || stamp.endsWith('Z') ? stamp : stamp.replace(' ', 'T') + 'Z');
  if (Number.isNaN(at.getTime())) return stamp;
  return `${formatDate(todayIso(at))} ${pad2(at.getHours())}:${pad2(at.getMinutes())}`;
}
