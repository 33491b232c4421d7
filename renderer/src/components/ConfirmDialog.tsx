import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, type MantineSpacing } from '@mantine/core';

interface ConfirmBodyProps {
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** Shown before the confirm label (e.g. a trash can). */
  confirmIcon?: ReactNode;
  gap?: MantineSpacing;
  onConfirm(): void;
  onCancel(): void;
}

/** The question and its two answers (cancel, or a red confirm), for a dialog that is already open. */
export function ConfirmBody({
  text,
  confirmLabel,
  cancelLabel,
  busy,
  confirmIcon,
  gap = 'md',
  onConfirm,
  onCancel,
}: ConfirmBodyProps) {
  return (
    <Stack gap={gap}>
      <Text>{text}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
          {cancelLabel}
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy} leftSection={confirmIcon}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}

interface ConfirmDialogProps extends Omit<ConfirmBodyProps, 'gap'> {
  opened: boolean;
  title: string;
}

/** Asks before a change the user may regret (e.g. moving a record to the trash). */
export function ConfirmDialog({ opened, title, ...body }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={body.onCancel} title={title} withCloseButton={false}>
      <ConfirmBody gap="lg" {...body} />
    </Modal>
  );
}
