import {
  Checkbox,
  Radio,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../shared/domain/awards';
import type { RegistryRecord } from './registrySearch';

/** One key per record across the three registries (a person and a unit may share an id). */
export const registryKey = (r: Pick<RegistryRecord, 'kind' | 'id'>) => `${r.kind}:${r.id}`;

/** Cá nhân / Tập thể / Hộ gia đình: which registry the picker searches. */
export function RegistryKindSwitch({
  label,
  value,
  onChange,
}: {
  label: string;
  value: RecipientKind;
  onChange(kind: RecipientKind): void;
}) {
  return (
    <SegmentedControl
      aria-label={label}
      data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
      value={value}
      onChange={(v) => onChange(v as RecipientKind)}
    />
  );
}

/** The picker's search box, focused when its dialog opens. */
export function RegistrySearchInput(props: TextInputProps) {
  return <TextInput leftSection={<IconSearch size={16} aria-hidden />} data-autofocus {...props} />;
}

interface ListProps {
  /** The accessible name of the list. */
  label: string;
  rows: RegistryRecord[];
  /** Shown when there are no rows: nothing found, type to search, searching. */
  empty: string;
  /** Shown instead of the rows when the search failed. */
  error?: string | null;
  maxHeight: number;
}

function Body({ rows, empty, error, row }: ListProps & { row(r: RegistryRecord): ReactNode }) {
  if (error)
    return (
      <Text c="red" size="sm" role="alert">
        {error}
      </Text>
    );
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  return rows.map(row);
}

/** Found records to tick several of; `note` adds to a row's detail (e.g. "already in the list"). */
export function RegistryCheckList({
  busy,
  isChecked,
  onToggle,
  note,
  ...list
}: ListProps & {
  busy?: boolean;
  isChecked(r: RegistryRecord): boolean;
  onToggle(r: RegistryRecord, on: boolean): void;
  note?(r: RegistryRecord): string | null;
}) {
  return (
    <ScrollArea.Autosize mah={list.maxHeight} type="auto">
      <Stack gap={6} role="group" aria-label={list.label} aria-busy={busy}>
        <Body
          {...list}
          row={(r) => (
            <Checkbox
              key={registryKey(r)}
              checked={isChecked(r)}
              onChange={(e) => onToggle(r, e.currentTarget.checked)}
              label={r.name}
              description={[r.detail, note?.(r)].filter(Boolean).join(' · ') || undefined}
            />
          )}
        />
      </Stack>
    </ScrollArea.Autosize>
  );
}

/** Found records to choose one of. */
export function RegistryRadioList({
  value,
  onPick,
  ...list
}: ListProps & { value: Pick<RegistryRecord, 'kind' | 'id'> | null; onPick(r: RegistryRecord): void }) {
  return (
    <ScrollArea.Autosize mah={list.maxHeight} type="auto">
      <Radio.Group
        aria-label={list.label}
        value={value ? registryKey(value) : null}
        onChange={(v) => {
          const r = list.rows.find((x) => registryKey(x) === v);
          if (r) onPick(r);
        }}
      >
        <Stack gap={6}>
          <Body
            {...list}
            row={(r) => (
              <Radio
                key={registryKey(r)}
                value={registryKey(r)}
                label={r.name}
                description={r.detail || undefined}
              />
            )}
          />
        </Stack>
      </Radio.Group>
    </ScrollArea.Autosize>
  );
}
