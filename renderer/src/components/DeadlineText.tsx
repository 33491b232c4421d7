import { Text, Tooltip } from '@mantine/core';
import { daysBetween, daysLeftPhrase } from '../../../shared/rules/deadlines';
import { formatDate, todayIso } from '../../../shared/rules/dates';

interface Props {
  /** "Hạn nộp", "Hạn gửi thành phố". */
  label: string;
  /** ISO date of the deadline. */
  deadline: string;
  /** The year the report is about: a past year's deadline just says "(đã qua)". */
  year: number;
  /** Something is still owed (units not in, the report not sent): colours the line as it nears. */
  owed: boolean;
  hint: string;
  testId: string;
}

/**
 * "Hạn nộp: 10/12/2026 — còn 14 ngày": orange in the last two weeks while something is still owed,
 * red once passed (as the dashboard's cards). A past year's deadline just "(đã qua)".
 */
export function DeadlineText({ label, deadline, year, owed, hint, testId }: Props) {
  const today = todayIso(new Date());
  const days = daysBetween(today, deadline);
  const color = !owed ? undefined : days < 0 ? 'red.8' : days <= 14 ? 'orange.8' : undefined;
  const text =
    days < 0 && year < Number(today.slice(0, 4))
      ? `${label}: ${formatDate(deadline)} (đã qua)`
      : `${label}: ${formatDate(deadline)} — ${daysLeftPhrase(days)}`;
  return (
    <Tooltip label={hint}>
      <Text fw={500} pb={6} c={color} data-testid={testId}>
        {text}
      </Text>
    </Tooltip>
  );
}
