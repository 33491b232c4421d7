import { MultiSelect, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import type { ParticipantMode } from '../../../../shared/domain/movements';
import type { MovementInput } from '../../../../shared/schemas/movements';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { useUnitOptions } from '../../components/unitOptions';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

/** Who takes part: every active unit, a cluster's members, or units picked one by one (search without tones). */
export function ParticipantsPicker({ form }: { form: UseFormReturnType<MovementInput> }) {
  const units = useUnitOptions((s) => s.units);
  const clusters = useMovements((s) => s.clusters);
  const { mode = 'all', clusterId = null, unitIds = [] } = form.values.participants;

  const activeCount = units.filter((u) => u.active).length;
  const clusterOptions = useMemo(
    () => clusters.map((c) => ({ value: c.id, label: t.clusterOption(c.name, c.units.length) })),
    [clusters],
  );
  // Stopped units are not offered, but one already taking part stays shown so it can be removed.
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.active || unitIds.includes(u.id))
        .map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name} (${t.unitInactive})` })),
    [units, unitIds],
  );

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t.participantsLabel}
        description={t.participantsNote}
        value={mode}
        onChange={(v) => form.setFieldValue('participants.mode', v as ParticipantMode)}
      >
        <Stack gap={6} mt={6}>
          <Radio value="all" label={t.modeAll(activeCount)} />
          <Radio value="cluster" label={t.modeCluster} />
          <Radio value="picked" label={t.modePicked} />
        </Stack>
      </Radio.Group>
      {mode === 'cluster' ? (
        <Select<number>
          label={t.participantsCluster}
          withAsterisk
          data={clusterOptions}
          searchable
          filter={foldedOptionsFilter<number>}
          value={clusterId}
          error={form.errors['participants.clusterId']}
          onChange={(v) => form.setFieldValue('participants.clusterId', v)}
        />
      ) : null}
      {mode === 'picked' ? (
        <MultiSelect<number>
          label={t.participantsUnits}
          description={t.participantsUnitsHint}
          withAsterisk
          data={unitOptions}
          searchable
          clearable
          hidePickedOptions
          limit={1000}
          maxDropdownHeight={260}
          filter={foldedOptionsFilter<number>}
          nothingFoundMessage={t.noUnitsFound}
          value={unitIds}
          error={form.errors['participants.unitIds']}
          onChange={(v) => form.setFieldValue('participants.unitIds', v)}
        />
      ) : null}
      {mode === 'picked' && unitIds.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t.unitCount(unitIds.length)}
        </Text>
      ) : null}
    </Stack>
  );
}
