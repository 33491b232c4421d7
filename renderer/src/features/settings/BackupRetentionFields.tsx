import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SettingsFormApi } from './SettingsForm';
import { settingsTexts as t } from './texts';

const FIELDS = [
  { path: 'backupRetention.daily', label: t.keepDaily, description: t.keepDailyDescription },
  { path: 'backupRetention.weekly', label: t.keepWeekly, description: t.keepWeeklyDescription },
  { path: 'backupRetention.monthly', label: t.keepMonthly, description: t.keepMonthlyDescription },
] as const;

/** How many automatic backups are kept, checked by the same schema as the main process. */
export function BackupRetentionFields({ form }: { form: SettingsFormApi }) {
  return (
    <Stack gap="md">
      <Text>{t.backupText}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {FIELDS.map((f) => (
          <NumberInput
            key={f.path}
            label={f.label}
            description={f.description}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            allowDecimal={false}
            allowNegative={false}
            // No clamping: an out-of-range number gets the schema's message, not a silent change.
            clampBehavior="none"
            hideControls
            {...form.getInputProps(f.path)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
