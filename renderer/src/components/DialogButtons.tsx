import type { ReactNode } from 'react';
import { Button, Group, type MantineColor } from '@mantine/core';

interface DialogButtonsProps {
  cancelLabel: string;
  confirmLabel: string;
  /** Mantine's default (blue) unless the action is destructive or a warning. */
  confirmColor?: MantineColor;
  /** Shown before the confirm label (e.g. a floppy disk). */
  confirmIcon?: ReactNode;
  /** While saving: the confirm button spins and cancel is disabled, so nothing is sent twice. */
  busy?: boolean;
  /** Put the focus on cancel when the dialog opens (a question without an input). */
  focusCancel?: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/** The footer of a dialog or a small form: cancel, then the action, on the right. */
export function DialogButtons({
  cancelLabel,
  confirmLabel,
  confirmColor,
  confirmIcon,
  busy,
  focusCancel,
  onCancel,
  onConfirm,
}: DialogButtonsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus={focusCancel || undefined}>
        {cancelLabel}
      </Button>
      <Button color={confirmColor} loading={busy} leftSection={confirmIcon} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
