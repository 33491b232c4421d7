import {
  Button,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import {
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_SCOPE_LABELS,
  MOVEMENT_SCOPES,
  type MovementKind,
  type MovementScope,
} from '../../../../shared/domain/movements';
import { movementInputSchema, type Movement, type MovementInput } from '../../../../shared/schemas/movements';
import { DateField } from '../../components/DateField';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { showFieldErrors, focusFirstError } from '../../components/formErrors';
import { notifyDone, notifyFailed } from '../../components/notify';
import { UnitSelect } from '../../components/UnitSelect';
import { useUnitOptions } from '../../components/unitOptions';
import { CriteriaEditor } from './CriteriaEditor';
import { ParticipantsPicker } from './ParticipantsPicker';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

// The same schema as the main process: both refuse the same input with the same message.
const validate = schemaResolver(movementInputSchema, { sync: true });

function initialValues(m: Movement | null): MovementInput {
  const year = new Date().getFullYear();
  return {
    name: m?.name ?? '',
    theme: m?.theme ?? '',
    kind: m?.kind ?? 'regular',
    scope: m?.scope ?? 'ward',
    scopeClusterId: m?.scopeClusterId ?? null,
    scopeUnitId: m?.scopeUnitId ?? null,
    docNumber: m?.docNumber ?? '',
    docDate: m?.docDate ?? null,
    docSigner: m?.docSigner ?? '',
    periodFromYear: m?.periodFromYear ?? year,
    periodToYear: m?.periodToYear ?? year,
    startsOn: m?.startsOn ?? null,
    endsOn: m?.endsOn ?? null,
    responsibleOffice: m?.responsibleOffice ?? '',
    description: m?.description ?? '',
    criteria: (m?.criteria ?? []).map((c) => ({
      content: c.content,
      target: c.target ?? '',
      weightPercent: c.weightPercent,
    })),
    participants: m ? { ...m.participants } : { mode: 'all', clusterId: null, unitIds: [] },
  };
}

const yearOf = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/** Tạo / sửa a movement: name, kind, scope, launching document, period, criteria, participating units. */
export function MovementForm({
  movement,
  onDone,
}: {
  movement: Movement | null;
  onDone(saved?: Movement): void;
}) {
  const save = useMovements((s) => s.save);
  const busy = useMovements((s) => s.busy);
  const clusters = useMovements((s) => s.clusters);
  const loadClusters = useMovements((s) => s.loadClusters);
  const loadUnits = useUnitOptions((s) => s.load);
  const form = useForm<MovementInput>({
    initialValues: initialValues(movement),
    validate,
    // Checked on saving, not on leaving a box: an error appearing on blur shifts the form under the
    // pointer (the autofocused name box is left empty to pick the kind first, and the click misses).
  });

  useEffect(() => {
    void loadUnits();
    void loadClusters();
  }, [loadUnits, loadClusters]);

  const submit = async (values: MovementInput) => {
    const result = await save(movement?.id ?? null, values);
    if (result.ok) {
      notifyDone(movement ? t.saved : t.created(result.value.name));
      onDone(result.value);
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  // A new movement of one cluster or one unit usually involves exactly those units: the participants
  // follow the scope (the picker below still changes them); an existing movement keeps its own.
  const followScope = (participants: MovementInput['participants']) => {
    if (!movement) form.setFieldValue('participants', participants);
  };
  const values = form.values;
  const clusterOptions = clusters.map((c) => ({ value: c.id, label: c.name }));

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <TextInput
          label={t.name}
          placeholder={t.nameHint}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t.theme} {...form.getInputProps('theme')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={t.kind}
            withAsterisk
            allowDeselect={false}
            data={MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }))}
            value={values.kind}
            error={form.errors.kind}
            onChange={(v) => v && form.setFieldValue('kind', v as MovementKind)}
          />
          <NumberInput
            label={t.periodFrom}
            withAsterisk
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=""
            value={values.periodFromYear}
            error={form.errors.periodFromYear}
            onChange={(v) => {
              const from = yearOf(v);
              // A one-year movement is the common case: the end year follows until it differs on purpose.
              if (values.periodToYear === values.periodFromYear) form.setFieldValue('periodToYear', from);
              form.setFieldValue('periodFromYear', from);
            }}
          />
          <NumberInput
            label={t.periodTo}
            withAsterisk
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=""
            value={values.periodToYear}
            error={form.errors.periodToYear}
            onChange={(v) => form.setFieldValue('periodToYear', yearOf(v))}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <DateField label={t.startsOn} {...form.getInputProps('startsOn')} />
          <DateField label={t.endsOn} {...form.getInputProps('endsOn')} />
          <Text size="sm" c="dimmed" mt={{ base: 0, sm: 28 }}>
            {t.datesHint}
          </Text>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t.docNumber} placeholder={t.docNumberHint} {...form.getInputProps('docNumber')} />
          <DateField label={t.docDate} {...form.getInputProps('docDate')} />
          <TextInput label={t.docSigner} {...form.getInputProps('docSigner')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t.office} {...form.getInputProps('responsibleOffice')} />
          <Group gap="sm" align="flex-start" grow>
            <Select
              label={t.scope}
              withAsterisk
              allowDeselect={false}
              data={MOVEMENT_SCOPES.map((s) => ({ value: s, label: MOVEMENT_SCOPE_LABELS[s] }))}
              value={values.scope}
              onChange={(v) => v && form.setFieldValue('scope', v as MovementScope)}
            />
            {values.scope === 'cluster' ? (
              <Select<number>
                label={t.scopeCluster}
                withAsterisk
                searchable
                filter={foldedOptionsFilter<number>}
                data={clusterOptions}
                value={values.scopeClusterId}
                error={form.errors.scopeClusterId}
                onChange={(v) => {
                  form.setFieldValue('scopeClusterId', v);
                  if (v !== null) followScope({ mode: 'cluster', clusterId: v, unitIds: [] });
                }}
              />
            ) : null}
            {values.scope === 'unit' ? (
              <UnitSelect
                label={t.scopeUnit}
                withAsterisk
                current={
                  movement?.scopeUnitId
                    ? { id: movement.scopeUnitId, name: movement.scopeUnitName ?? '' }
                    : null
                }
                value={values.scopeUnitId}
                error={form.errors.scopeUnitId}
                onChange={(v) => {
                  form.setFieldValue('scopeUnitId', v);
                  if (v !== null) followScope({ mode: 'picked', clusterId: null, unitIds: [v] });
                }}
              />
            ) : null}
          </Group>
        </SimpleGrid>
        <Textarea label={t.description} rows={3} resize="vertical" {...form.getInputProps('description')} />
        <Divider />
        <CriteriaEditor form={form} />
        <Divider />
        <ParticipantsPicker form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone()} disabled={busy}>
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
