import { formatDate, todayIso } from '../../../../shared/rules/dates';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An ISO moment in the computer's local time, to the second: "26/11/2026 16:05:09". */
export function formatMoment(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatDate(todayIso(at))} ${pad2(at.getHours())}:${pad2(at.getMinutes())}:${pad2(at.getSeconds())}`;
}
