import { Select, type SelectProps } from '@mantine/core';

/** The years from `newest` down to `oldest`, newest first (the order a year filter offers them). */
export function yearRange(newest: number, oldest: number): number[] {
  return Array.from({ length: Math.max(0, newest - oldest + 1) }, (_v, i) => newest - i);
}

type YearSelectProps = Omit<SelectProps<number>, 'data'> & { years: readonly number[] };

/** A clearable year picker whose value is the year as a number (null for every year). */
export function YearSelect({ years, ...props }: YearSelectProps) {
  return <Select<number> clearable data={years.map((y) => ({ value: y, label: String(y) }))} {...props} />;
}

type RequiredYearSelectProps = Omit<YearSelectProps, 'value' | 'onChange' | 'clearable' | 'allowDeselect'> & {
  value: number;
  onChange(year: number): void;
};

/** A year picker that always holds a year (the year a report or a table is about). */
export function RequiredYearSelect({ value, onChange, ...props }: RequiredYearSelectProps) {
  return (
    <YearSelect
      w={120}
      {...props}
      value={value}
      clearable={false}
      allowDeselect={false}
      onChange={(year) => year !== null && onChange(year)}
    />
  );
}
