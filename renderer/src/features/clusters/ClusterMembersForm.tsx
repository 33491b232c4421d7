import { Alert, Button, Group, MultiSelect, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useClusters } from './store';
import { clustersTexts as t } from './texts';

/** Chọn đơn vị: which active units belong to the cluster (the whole list is saved at once). */
export function ClusterMembersForm({ cluster, onDone }: { cluster: Cluster; onDone(): void }) {
  const unitOptions = useClusters((s) => s.unitOptions);
  const unitOptionsError = useClusters((s) => s.unitOptionsError);
  const loadUnitOptions = useClusters((s) => s.loadUnitOptions);
  const setMembers = useClusters((s) => s.setMembers);
  const busy = useClusters((s) => s.busy);
  const [selected, setSelected] = useState<number[]>(() => cluster.units.map((u) => u.id));

  useEffect(() => {
    void loadUnitOptions();
  }, [loadUnitOptions]);

  const data = useMemo(() => {
    const items = (unitOptions ?? []).map((u) => ({ value: u.id, label: u.name }));
    // Members that are no longer active stay listed, so saving does not drop them unnoticed.
    for (const u of cluster.units)
      if (!items.some((i) => i.value === u.id)) items.push({ value: u.id, label: u.name });
    return items;
  }, [unitOptions, cluster.units]);

  const save = async () => {
    const result = await setMembers(cluster.id, selected);
    if (result.ok) {
      notifyDone(t.membersSaved(result.value.name, result.value.units.length));
      onDone();
    } else {
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <Stack gap="md">
      {unitOptionsError ? (
        <Alert color="red" variant="light" role="alert">
          {unitOptionsError}
        </Alert>
      ) : null}
      <MultiSelect<number>
        label={t.assignField}
        description={unitOptions === null ? t.unitsLoading : t.assignHint}
        placeholder={t.assignPlaceholder}
        data={data}
        value={selected}
        onChange={setSelected}
        searchable
        hidePickedOptions
        filter={foldedOptionsFilter}
        nothingFoundMessage={t.nothingFound}
        maxDropdownHeight={280}
        data-autofocus
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          onClick={() => void save()}
        >
          {t.save}
        </Button>
      </Group>
    </Stack>
  );
}
