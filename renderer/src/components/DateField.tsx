import { TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type FocusEvent } from 'react';
import { formatDate, isValidIsoDate, parseDisplayDate } from '../../../shared/rules/dates';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /**
   * The date as ISO 'YYYY-MM-DD'; null when empty. While the typed text is not a date yet, the
   * text itself, so the form's schema refuses it with its own message ("… không phải ngày hợp lệ").
   */
  value?: string | null;
  onChange(value: string | null): void;
}

/** What the form holds for a typed text: ISO when it reads as d/m/yyyy, the raw text otherwise. */
export function dateValueOf(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  return parseDisplayDate(trimmed) ?? trimmed;
}

function displayOf(value: string | null): string {
  if (value === null) return '';
  return isValidIsoDate(value) ? formatDate(value) : value;
}

/**
 * A date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) and handed to the form as ISO.
 * A plain text box: officers type dates faster than they pick them, and it behaves the same in tests.
 */
export function DateField({
  value = null,
  onChange,
  onBlur,
  placeholder = 'dd/mm/yyyy',
  ...rest
}: DateFieldProps) {
  const [text, setText] = useState(() => displayOf(value));
  const [shownValue, setShownValue] = useState(value);

  // A value set from outside (form reset, loaded record) replaces the text; one that came from
  // typing does not, so the caret never jumps while the user types.
  if (value !== shownValue) {
    setShownValue(value);
    if (dateValueOf(text) !== value) setText(displayOf(value));
  }

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    // Once the user leaves the box, a date they typed as 5/7/2026 reads 05/07/2026.
    if (value !== null && isValidIsoDate(value)) setText(formatDate(value));
    onBlur?.(event);
  };

  return (
    <TextInput
      {...rest}
      placeholder={placeholder}
      inputMode="numeric"
      autoComplete="off"
      leftSection={<IconCalendar size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const next = dateValueOf(typed);
        setShownValue(next);
        onChange(next);
      }}
      onBlur={handleBlur}
    />
  );
}
