import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { UnitKind } from '../../../shared/domain/registry';
import type { UnitRow } from '../../../shared/schemas/registry/units';
import { foldedOptionsFilter } from './foldedOptionsFilter';
import { useUnitOptions } from './unitOptions';

const INACTIVE_SUFFIX = ' (đã ngừng hoạt động)';
const NOTHING_FOUND = 'Không có đơn vị phù hợp';

export function unitOptionsOf(units: UnitRow[], kind?: UnitKind): ComboboxItem<number>[] {
  return units
    .filter((u) => kind === undefined || u.kind === kind)
    .map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name}${INACTIVE_SUFFIX}` }));
}

type UnitSelectProps = Omit<SelectProps<number>, 'data' | 'filter' | 'searchable'> & {
  /** Only units of this kind (e.g. tổ dân phố for households). */
  kind?: UnitKind;
  /** The current unit when it is not offered (moved to the trash): still shown by name. */
  current?: { id: number; name: string } | null;
};

/** A searchable unit picker fed by `units.list` (loaded by the page through useUnitOptions). */
export function UnitSelect({ kind, current, ...props }: UnitSelectProps) {
  const units = useUnitOptions((s) => s.units);
  const currentId = current?.id;
  const currentName = current?.name ?? '';
  const data = useMemo(() => {
    const options = unitOptionsOf(units, kind);
    if (currentId !== undefined && !options.some((o) => o.value === currentId))
      options.unshift({ value: currentId, label: currentName });
    return options;
  }, [units, kind, currentId, currentName]);

  return (
    <Select<number>
      searchable
      clearable
      data={data}
      filter={foldedOptionsFilter<number>}
      limit={1000}
      nothingFoundMessage={NOTHING_FOUND}
      {...props}
    />
  );
}
