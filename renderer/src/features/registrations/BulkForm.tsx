import { Button, Group, MultiSelect, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { BulkTarget } from '../../../../shared/schemas/registrations';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnitOptions } from '../../components/unitOptions';
import { titleOptions, useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

export type By = 'missing' | 'cluster' | 'participants' | 'units';

/** The title most units register for, offered first so "Đăng ký cho tất cả" is one more click. */
const DEFAULT_TITLE_CODE = 'tap_the_lao_dong_tien_tien';

/** Registers many units at once: those not registered yet, a cụm/khối, the participants, or picked ones. */
export function BulkForm({ initial, onDone }: { initial: By; onDone(): void }) {
  const scope = useRegistrations((s) => s.scope);
  const titles = useRegistrations((s) => s.titles);
  const clusters = useRegistrations((s) => s.clusters);
  const missing = useRegistrations((s) => s.missing?.units ?? []);
  const busy = useRegistrations((s) => s.busy);
  const bulk = useRegistrations((s) => s.bulk);
  const units = useUnitOptions((s) => s.units);
  const loadUnits = useUnitOptions((s) => s.load);
  const [by, setBy] = useState<By>(initial === 'missing' && missing.length === 0 ? 'cluster' : initial);
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const options = titleOptions(titles, 'collective');
  const [chosen, setChosen] = useState<string[]>(() => {
    const preferred = titles.find((e) => e.code === DEFAULT_TITLE_CODE && e.allowsCollective);
    return preferred ? [String(preferred.id)] : [];
  });
  const [commitments, setCommitments] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (by === 'units') void loadUnits();
  }, [by, loadUnits]);
  const unitData = useMemo(
    () => units.filter((u) => u.active).map((u) => ({ value: String(u.id), label: u.name })),
    [units],
  );

  const target = (): BulkTarget | string => {
    if (by === 'missing') return { by: 'units', unitIds: missing.map((u) => u.unitId) };
    if (by === 'participants') return { by: 'participants' };
    if (by === 'cluster')
      return clusterId === null ? t.bulkChooseCluster : { by: 'cluster', clusterId: Number(clusterId) };
    return unitIds.length === 0 ? t.bulkChooseUnits : { by: 'units', unitIds: unitIds.map(Number) };
  };

  const save = async () => {
    const chosenTarget = target();
    if (typeof chosenTarget === 'string') return setErrors({ target: chosenTarget });
    const result = await bulk(chosenTarget, chosen.map(Number), commitments);
    if (!result.ok) {
      setErrors(result.fields);
      return notifyFailed(t.actionFailedTitle, result.message);
    }
    notifyDone(t.bulkDone(result.value.created));
    if (result.value.skipped.length > 0)
      notifyFailed(
        t.actionFailedTitle,
        t.bulkSkipped(result.value.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')),
      );
    onDone();
  };

  return (
    <Stack gap="md">
      <Radio.Group
        label={t.bulkTarget}
        description={t.bulkHint}
        value={by}
        error={errors.target}
        onChange={(v) => {
          setBy(v as By);
          setErrors({});
        }}
      >
        <Stack gap={8} mt="xs">
          {missing.length > 0 ? <Radio value="missing" label={t.bulkByMissing(missing.length)} /> : null}
          <Radio value="cluster" label={t.bulkByCluster} />
          {scope.movementId !== null ? <Radio value="participants" label={t.bulkByParticipants} /> : null}
          <Radio value="units" label={t.bulkByUnits} />
        </Stack>
      </Radio.Group>
      {by === 'cluster' ? (
        <Select
          label={t.bulkCluster}
          data={clusters.map((c) => ({ value: String(c.id), label: `${c.name} (${c.units.length})` }))}
          value={clusterId}
          searchable
          filter={foldedOptionsFilter}
          onChange={setClusterId}
        />
      ) : null}
      {by === 'units' ? (
        <MultiSelect
          label={t.bulkUnits}
          data={unitData}
          value={unitIds}
          searchable
          filter={foldedOptionsFilter}
          onChange={setUnitIds}
        />
      ) : null}
      <MultiSelect
        label={t.titles}
        searchable
        filter={foldedOptionsFilter}
        withAsterisk
        data={options}
        value={chosen}
        nothingFoundMessage={t.titlesNone}
        error={errors.titles}
        onChange={setChosen}
      />
      <Textarea
        label={t.commitments}
        description={t.commitmentsHint}
        rows={2}
        value={commitments}
        onChange={(e) => setCommitments(e.currentTarget.value)}
      />
      <Text size="xs" c="dimmed">
        {t.formScope(
          scope.movementName === null
            ? t.scopeYear(scope.year)
            : t.scopeMovement(scope.movementName, scope.year),
        )}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          leftSection={<IconUsersGroup size={16} aria-hidden />}
          onClick={() => void save()}
        >
          {t.bulkConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
