import { Alert, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { daysBetween } from '../../../../shared/rules/deadlines';
import { formatDate, isValidIsoDate } from '../../../../shared/rules/dates';
import { DateField } from '../../components/DateField';
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

interface FieldsProps {
  /** `form.getInputProps('receivedOn')` and `form.getInputProps('note')` of the dialog's form. */
  dateProps: GetInputPropsReturnType;
  noteProps: GetInputPropsReturnType;
  date: string | null;
  deadline: string;
}

/** The received date (with the on-time/late line under it) and the note, as both record dialogs ask them. */
export function ReceivedFields({ dateProps, noteProps, date, deadline }: FieldsProps) {
  return (
    <>
      <DateField label={t.receivedOn} withAsterisk data-autofocus {...dateProps} />
      <ReceivedOnLine date={date} refused={Boolean(dateProps.error)} deadline={deadline} />
      <Textarea
        label={t.note}
        placeholder={t.notePlaceholder}
        autosize
        minRows={2}
        maxRows={6}
        {...noteProps}
      />
    </>
  );
}
