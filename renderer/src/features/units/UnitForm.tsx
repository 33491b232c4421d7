import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../../shared/domain/registry';
import { unitInputSchema, type Unit, type UnitInput } from '../../../../shared/schemas/registry/units';
import { DateField } from '../../components/DateField';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useClusters } from '../clusters/store';
import { useUnits } from './store';
import { selfAndDescendants } from './tree';
import { unitsTexts as t } from './texts';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';

/** What the form edits: the API's input, with no kind chosen yet for a new unit. */
type UnitFormValues = Omit<UnitInput, 'kind' | 'clusterIds'> & {
  kind: UnitKind | null;
  clusterIds: number[];
};

// The same schema as the main process, so both refuse the same input with the same message.
const validate = schemaResolver(unitInputSchema, { sync: true });

const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

function initialValues(unit: Unit | null): UnitFormValues {
  return {
    name: unit?.name ?? '',
    shortName: unit?.shortName ?? '',
    kind: unit?.kind ?? null,
    parentId: unit?.parentId ?? null,
    clusterIds: unit?.clusters.map((c) => c.id) ?? [],
    contactPerson: unit?.contactPerson ?? '',
    phone: unit?.phone ?? '',
    address: unit?.address ?? '',
    activeFrom: unit?.activeFrom ?? null,
    note: unit?.note ?? '',
  };
}

/** Thêm / sửa đơn vị. `unit` null adds a new one. */
export function UnitForm({ unit }: { unit: Unit | null }) {
  const save = useUnits((s) => s.save);
  const busy = useUnits((s) => s.busy);
  const closeDialog = useUnits((s) => s.closeDialog);
  const options = useUnits((s) => s.options.data);
  const loadOptions = useUnits((s) => s.loadOptions);
  const clusters = useClusters((s) => s.clusters);
  const ensureClusters = useClusters((s) => s.ensureLoaded);
  const form = useForm<UnitFormValues>({
    initialValues: initialValues(unit),
    validate,
    validateInputOnBlur: true,
  });

  useEffect(() => {
    void loadOptions();
    void ensureClusters();
  }, [loadOptions, ensureClusters]);

  // A unit cannot sit under itself or under one of its own sub-units.
  const parentOptions = useMemo(() => {
    const all = options ?? [];
    const excluded = unit ? selfAndDescendants(all, unit.id) : new Set<number>();
    const items = all
      .filter((u) => !excluded.has(u.id))
      .map((u) => ({ value: u.id, label: u.active ? u.name : t.inactiveOption(u.name) }));
    // Until the list arrives, the current parent still shows by name.
    if (unit?.parent && !items.some((i) => i.value === unit.parent!.id))
      items.unshift({ value: unit.parent.id, label: unit.parent.name });
    return items;
  }, [options, unit]);

  const clusterOptions = useMemo(() => {
    const items = clusters.map((c) => ({ value: c.id, label: c.name }));
    for (const c of unit?.clusters ?? [])
      if (!items.some((i) => i.value === c.id)) items.push({ value: c.id, label: c.name });
    return items;
  }, [clusters, unit]);

  const submit = async (values: UnitFormValues) => {
    // The resolver has refused a missing kind already.
    const result = await save(unit?.id ?? null, values as UnitInput);
    if (result.ok) {
      notifyDone(unit ? t.saved(result.value.name) : t.created(result.value.name));
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <TextInput label={t.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.shortName} {...form.getInputProps('shortName')} />
          <Select
            label={t.kind}
            placeholder={t.kindPlaceholder}
            data={KIND_OPTIONS}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Select<number>
            label={t.parent}
            placeholder={t.parentPlaceholder}
            description={t.parentHint}
            data={parentOptions}
            searchable
            clearable
            filter={foldedOptionsFilter}
            nothingFoundMessage={t.nothingFound}
            {...form.getInputProps('parentId')}
          />
          <MultiSelect<number>
            label={t.clusters}
            placeholder={clusterOptions.length > 0 ? t.clustersPlaceholder : undefined}
            description={clusterOptions.length === 0 ? t.noClusters : undefined}
            data={clusterOptions}
            searchable
            filter={foldedOptionsFilter}
            nothingFoundMessage={t.nothingFound}
            {...form.getInputProps('clusterIds')}
          />
          <TextInput label={t.contactPerson} {...form.getInputProps('contactPerson')} />
          <TextInput label={t.phone} inputMode="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <TextInput label={t.address} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t.activeFrom} {...form.getInputProps('activeFrom')} />
        </SimpleGrid>
        <Textarea label={t.note} rows={3} resize="vertical" {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={closeDialog} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
