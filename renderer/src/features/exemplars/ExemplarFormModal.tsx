import {
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import { SUGGESTED_FIELDS } from '../../../../shared/domain/exemplars';
import { todayIso } from '../../../../shared/rules/dates';
import { exemplarInputSchema, type Exemplar } from '../../../../shared/schemas/exemplars';
import { DateField } from '../../components/DateField';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useExemplars } from './store';
import { SubjectPicker, type PickedSubject } from './SubjectPicker';
import { exemplarsTexts as t } from './texts';

interface FormValues {
  subject: PickedSubject | null;
  title: string;
  field: string;
  movementId: number | null;
  description: string;
  source: string;
  discoveredOn: string | null;
}

const valuesOf = (m: Exemplar | null): FormValues => ({
  subject: m ? { kind: m.subjectKind, id: m.subjectId, name: m.subjectName } : null,
  title: m?.title ?? '',
  field: m?.field ?? '',
  movementId: m?.movementId ?? null,
  description: m?.description ?? '',
  source: m?.source ?? '',
  discoveredOn: m?.discoveredOn ?? todayIso(new Date()),
});

const inputOf = (v: FormValues) => ({
  ...v,
  subject: v.subject ? { kind: v.subject.kind, id: v.subject.id } : null,
  discoveredOn: v.discoveredOn ?? '',
});

/** The same schema as the main process, with the messages keyed as the form names its fields. */
function validate(v: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.subject === null) errors.subject = t.subjectRequired;
  const parsed = exemplarInputSchema.safeParse(inputOf(v));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '_');
      if (key !== 'subject') errors[key] ??= issue.message;
    }
  return errors;
}

interface Props {
  opened: boolean;
  /** The model to edit, or null to add one. */
  model: Exemplar | null;
  onClose(): void;
}

/** Thêm / sửa an exemplary model in a dialog. */
export function ExemplarFormModal({ opened, model, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={model ? t.formEditTitle : t.formAddTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {opened ? <ExemplarForm key={model?.id ?? 'new'} model={model} onClose={onClose} /> : null}
    </Modal>
  );
}

function ExemplarForm({ model, onClose }: Omit<Props, 'opened'>) {
  const save = useExemplars((s) => s.save);
  const busy = useExemplars((s) => s.busy);
  const movements = useExemplars((s) => s.movements);
  const loadMovements = useExemplars((s) => s.loadMovements);
  const form = useForm<FormValues>({ initialValues: valuesOf(model), validate });

  useEffect(() => {
    void loadMovements();
  }, [loadMovements]);

  // Closed or archived movements take no new models; the model's own stays shown.
  const movementOptions = movements
    .filter((m) => (m.status !== 'closed' && m.archivedAt === null) || m.id === model?.movementId)
    .map((m) => ({ value: String(m.id), label: m.name }));
  if (model?.movementId && !movementOptions.some((o) => o.value === String(model.movementId)))
    movementOptions.unshift({ value: String(model.movementId), label: model.movementName ?? '' });

  const submit = async (values: FormValues) => {
    const input = inputOf(values);
    if (input.subject === null) return;
    const result = await save(model?.id ?? null, { ...input, subject: input.subject });
    if (result.ok) {
      notifyDone(model ? t.saved : t.created(result.value.title));
      onClose();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <SubjectPicker
          value={form.values.subject}
          onChange={(s) => form.setFieldValue('subject', s)}
          error={form.errors.subject as string | undefined}
        />
        <TextInput
          label={t.formTitle}
          placeholder={t.formTitleHint}
          withAsterisk
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Autocomplete
            label={t.field}
            placeholder={t.fieldHint}
            data={[...SUGGESTED_FIELDS]}
            filter={foldedOptionsFilter}
            {...form.getInputProps('field')}
          />
          <DateField label={t.discoveredOn} withAsterisk {...form.getInputProps('discoveredOn')} />
        </SimpleGrid>
        <Select
          label={t.movement}
          placeholder={t.movementHint}
          data={movementOptions}
          searchable
          clearable
          filter={foldedOptionsFilter}
          value={form.values.movementId === null ? null : String(form.values.movementId)}
          onChange={(v) => form.setFieldValue('movementId', v === null ? null : Number(v))}
          error={form.errors.movementId}
        />
        <Textarea label={t.description} rows={4} resize="vertical" {...form.getInputProps('description')} />
        <TextInput label={t.source} placeholder={t.sourceHint} {...form.getInputProps('source')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
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
