import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { yearlyReportTexts as t } from './texts';

interface Props {
  opened: boolean;
  year: number;
  busy: boolean;
  onStay(): void;
  onDiscard(): void;
  onSave(): void;
}

/** Asked before switching year or leaving with unsaved changes: stay, drop them, or save and go on. */
export function UnsavedDialog({ opened, year, busy, onStay, onDiscard, onSave }: Props) {
  return (
    <Modal opened={opened} onClose={() => !busy && onStay()} title={t.unsavedTitle}>
      <Stack gap="lg">
        <Text>{t.unsavedText(year)}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onStay} disabled={busy} data-autofocus>
            {t.stay}
          </Button>
          <Button variant="light" color="red" onClick={onDiscard} disabled={busy}>
            {t.discard}
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={busy} onClick={onSave}>
            {t.saveAndGo}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
