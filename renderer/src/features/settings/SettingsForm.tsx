import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconDeviceFloppy, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { settingsSchema, type Settings } from '../../../../shared/schemas/settings';
import { formatPlaceDate, todayIso } from '../../../../shared/rules/dates';
import { normalizeText } from '../../../../shared/rules/text';
import { HOUSEHOLD_ROUNDINGS, HOUSEHOLD_ROUNDING_LABELS } from '../../../../shared/domain/awards';
import { BackupRetentionFields } from './BackupRetentionFields';
import { DecisionDefaultsFields } from './DecisionDefaultsFields';
import { SignersFields } from './SignersFields';
import { useSettings } from './store';
import { settingsTexts as t } from './texts';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';

export type SettingsFormApi = UseFormReturnType<Settings>;

// The same schema as the main process, so both refuse the same input with the same message.
const validate = schemaResolver(settingsSchema, { sync: true });

/** The settings form, started from the stored values. */
export function SettingsForm({ stored }: { stored: Settings }) {
  const save = useSettings((s) => s.save);
  const saving = useSettings((s) => s.saving);
  const form = useForm<Settings>({ initialValues: stored, validate, validateInputOnBlur: true });

  const submit = async (values: Settings) => {
    const result = await save(values);
    if (result.ok) {
      // What was stored (normalised by the main process) becomes the new starting point.
      form.setInitialValues(result.settings);
      form.reset();
      notifications.show({ color: 'green', icon: <IconCheck size={18} aria-hidden />, message: t.saved });
    } else {
      showFieldErrors(form, result.fields);
      notifications.show({
        color: 'red',
        icon: <IconX size={18} aria-hidden />,
        title: t.saveFailedTitle,
        message: result.message,
      });
    }
  };

  const place = normalizeText(form.values.placeName);
  const suffix = normalizeText(form.values.decisionSuffix);
  const dirty = form.isDirty();

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="lg">
        <Section title={t.wardSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t.wardName}
              placeholder={t.wardNamePlaceholder}
              withAsterisk
              {...form.getInputProps('wardName')}
            />
            <TextInput
              label={t.placeName}
              description={t.placeNameDescription(place ? formatPlaceDate(place, todayIso(new Date())) : '')}
              withAsterisk
              {...form.getInputProps('placeName')}
            />
            <TextInput
              label={t.city}
              placeholder={t.cityPlaceholder}
              withAsterisk
              {...form.getInputProps('city')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t.signersSection}>
          <SignersFields form={form} />
        </Section>

        <Section title={t.documentsSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t.decisionSuffix}
              description={t.decisionSuffixPreview(suffix)}
              placeholder="QĐ-UBND"
              withAsterisk
              {...form.getInputProps('decisionSuffix')}
            />
            <TextInput
              label={t.unitReportDeadline}
              description={t.unitReportDescription}
              placeholder="10/12"
              withAsterisk
              {...form.getInputProps('unitReportDeadline')}
            />
            <TextInput
              label={t.wardReportDeadline}
              description={t.wardReportDescription}
              placeholder="15/12"
              withAsterisk
              {...form.getInputProps('wardReportDeadline')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t.decisionDefaultsSection}>
          <DecisionDefaultsFields form={form} />
        </Section>

        <Section title={t.moneySection}>
          <Select
            label={t.householdRounding}
            description={t.householdRoundingDescription}
            data={HOUSEHOLD_ROUNDINGS.map((value) => ({ value, label: HOUSEHOLD_ROUNDING_LABELS[value] }))}
            allowDeselect={false}
            maw={640}
            {...form.getInputProps('householdRounding')}
          />
        </Section>

        <Section title={t.userSection}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t.officerName}
              description={t.officerDescription}
              {...form.getInputProps('officerName')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t.backupSection}>
          <BackupRetentionFields form={form} />
        </Section>

        <Group gap="sm">
          <Button
            type="submit"
            loading={saving}
            disabled={saving}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t.save}
          </Button>
          <Button
            variant="default"
            disabled={saving || !dirty}
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={() => form.reset()}
          >
            {t.revert}
          </Button>
          {dirty ? (
            <Text size="sm" c="dimmed">
              {t.unsaved}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
