import { Select, type SelectProps } from '@mantine/core';

/** Select options for a domain enum: each value with its Vietnamese label, in the enum's order. */
export function enumOptions<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

type EnumSelectProps<T extends string> = Omit<SelectProps<T>, 'data'> & {
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
};

/** A clearable picker over a domain enum (kind, status, category); null means "all". */
export function EnumSelect<T extends string>({ values, labels, ...props }: EnumSelectProps<T>) {
  return <Select<T> clearable data={enumOptions(values, labels)} {...props} />;
}
