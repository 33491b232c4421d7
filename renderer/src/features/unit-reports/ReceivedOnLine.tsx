import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { daysBetween } from '../../../../shared/rules/deadlines';
import { formatDate, isValidIsoDate } from '../../../../shared/rules/dates';
import { unitReportsTexts as t } from './texts';

interface Props {
  /** The received date as the form holds it (ISO once it reads as a date). */
  date: string | null;
  /** The date field's error: a refused date (say, after today) says why instead. */
  refused: boolean;
  deadline: string;
}

/** "Tính là nộp đúng hạn / muộn N ngày": judged as soon as the received date reads as one. */
export function ReceivedOnLine({ date, refused, deadline }: Props) {
  if (date === null || !isValidIsoDate(date) || refused) return null;
  const late = daysBetween(deadline, date);
  return (
    <Alert
      variant="light"
      color={late > 0 ? 'orange' : 'green'}
      icon={
        late > 0 ? <IconAlertTriangle size={18} aria-hidden /> : <IconCircleCheck size={18} aria-hidden />
      }
      role="status"
      py={8}
    >
      {late > 0 ? t.willBeLate(late, formatDate(deadline)) : t.willBeOnTime(formatDate(deadline))}
    </Alert>
  );
}
