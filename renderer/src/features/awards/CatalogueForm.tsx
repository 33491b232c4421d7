import { Button, Checkbox, Group, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import {
  CATALOGUE_KINDS,
  CATALOGUE_KIND_LABELS,
  CATALOGUE_LEVELS,
  CATALOGUE_LEVEL_LABELS,
  RECIPIENT_KINDS,
  RECIPIENT_KIND_LABELS,
  type RecipientKind,
} from '../../../../shared/domain/awards';
import {
  catalogueInputSchema,
  type CatalogueEntry,
  type CatalogueInput,
} from '../../../../shared/schemas/catalogue';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useCatalogue } from './store';
import { awardsTexts as t } from './texts';
import { showFieldErrors } from '../../components/formErrors';

// The same schema as the main process: both refuse the same input with the same message.
const validate = schemaResolver(catalogueInputSchema, { sync: true });

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;
const PERMILLE = {
  collective: 'collectivePermille',
  individual: 'individualPermille',
  household: 'householdPermille',
} as const;

function initialValues(entry: CatalogueEntry | null): CatalogueInput {
  return {
    name: entry?.name ?? '',
    kind: entry?.kind ?? 'title',
    level: entry?.level ?? 'ward',
    allowsCollective: entry?.allowsCollective ?? false,
    allowsIndividual: entry?.allowsIndividual ?? true,
    allowsHousehold: entry?.allowsHousehold ?? false,
    collectivePermille: entry?.collectivePermille ?? null,
    individualPermille: entry?.individualPermille ?? null,
    householdPermille: entry?.householdPermille ?? null,
    rank: entry?.rank ?? 0,
    note: entry?.note ?? '',
  };
}

/** Thêm / sửa a catalogue entry: name, title or form, level, recipient kinds with their coefficients, rank. */
export function CatalogueForm({ entry, onDone }: { entry: CatalogueEntry | null; onDone(): void }) {
  const save = useCatalogue((s) => s.save);
  const busy = useCatalogue((s) => s.busy);
  const form = useForm<CatalogueInput>({
    initialValues: initialValues(entry),
    validate,
    validateInputOnBlur: true,
  });

  const submit = async (values: CatalogueInput) => {
    const result = await save(entry?.id ?? null, values);
    if (result.ok) {
      notifyDone(entry ? t.saved(result.value.name) : t.created(result.value.name));
      onDone();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  const recipientRow = (kind: RecipientKind) => {
    const allows = ALLOWS[kind];
    const permille = PERMILLE[kind];
    const allowed = form.values[allows];
    return (
      <Group key={kind} gap="md" align="flex-end" wrap="nowrap">
        <Checkbox
          label={RECIPIENT_KIND_LABELS[kind]}
          w={140}
          mb={8}
          {...form.getInputProps(allows, { type: 'checkbox' })}
        />
        <NumberInput
          label={t.permilleOf(RECIPIENT_KIND_LABELS[kind])}
          disabled={!allowed}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          w={200}
          value={form.values[permille] ?? ''}
          error={form.errors[permille]}
          onChange={(v) => form.setFieldValue(permille, typeof v === 'number' ? v : null)}
        />
      </Group>
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <TextInput label={t.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Radio.Group label={t.kind} withAsterisk {...form.getInputProps('kind')}>
          <Group gap="lg" mt={6}>
            {CATALOGUE_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={CATALOGUE_KIND_LABELS[kind]} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group label={t.level} withAsterisk {...form.getInputProps('level')}>
          <Group gap="lg" mt={6}>
            {CATALOGUE_LEVELS.map((level) => (
              <Radio key={level} value={level} label={CATALOGUE_LEVEL_LABELS[level]} />
            ))}
          </Group>
        </Radio.Group>
        <Stack gap="xs" role="group" aria-label={t.recipients}>
          <Text size="sm" fw={500}>
            {t.recipients}
          </Text>
          <Text size="xs" c="dimmed">
            {t.recipientsHint}
          </Text>
          {RECIPIENT_KINDS.map(recipientRow)}
        </Stack>
        <NumberInput
          label={t.rank}
          description={t.rankHint}
          allowDecimal={false}
          allowNegative={false}
          w={200}
          {...form.getInputProps('rank')}
        />
        <Textarea label={t.note} rows={2} resize="vertical" {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={busy}>
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
