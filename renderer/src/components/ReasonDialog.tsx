import type { ReactNode } from 'react';
import { useState } from 'react';
import { Modal, Stack, Text, Textarea, type MantineColor, type MantineSize } from '@mantine/core';
import { normalizeText } from '../../../shared/rules/text';
import { DialogButtons } from './DialogButtons';

export interface ReasonFormProps {
  /** What confirming does, shown above the reason. */
  explanation?: ReactNode;
  label: string;
  /** A line under the label (e.g. where the reason ends up). */
  description?: string;
  /** When set, a blank reason is refused here with this message instead of asking the main process. */
  requiredMessage?: string;
  rows?: number;
  cancelLabel: string;
  confirmLabel: string;
  confirmColor?: MantineColor;
  confirmIcon?: ReactNode;
  busy: boolean;
  /**
   * Sends the reason; resolves to the message to show under the reason (the main process's
   * refusal), or null when there is nothing to show (done, or the caller told the user otherwise).
   */
  onConfirm(reason: string): Promise<string | null>;
  onCancel(): void;
}

/**
 * A required reason and a confirm button, for actions the history must explain (trả lại, mở lại,
 * hủy). The reason starts with the focus; a refusal stays under it until the reason is edited.
 */
export function ReasonForm({
  explanation,
  label,
  description,
  requiredMessage,
  rows = 3,
  cancelLabel,
  confirmLabel,
  confirmColor,
  confirmIcon,
  busy,
  onConfirm,
  onCancel,
}: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (requiredMessage !== undefined && normalizeText(reason) === '') {
      setError(requiredMessage);
      return;
    }
    setError(await onConfirm(reason));
  };
  return (
    <Stack gap="md">
      {explanation === undefined ? null : <Text>{explanation}</Text>}
      <Textarea
        label={label}
        description={description}
        withAsterisk
        data-autofocus
        rows={rows}
        resize="vertical"
        value={reason}
        error={error}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
      />
      <DialogButtons
        cancelLabel={cancelLabel}
        confirmLabel={confirmLabel}
        confirmColor={confirmColor}
        confirmIcon={confirmIcon}
        busy={busy}
        onCancel={onCancel}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}

interface ReasonDialogProps extends ReasonFormProps {
  opened: boolean;
  title: string;
  size?: MantineSize;
}

/** ReasonForm in its own modal; closing is refused while the action runs. The reason starts empty each time. */
export function ReasonDialog({ opened, title, size, ...form }: ReasonDialogProps) {
  return (
    <Modal opened={opened} onClose={() => !form.busy && form.onCancel()} title={title} size={size}>
      {opened ? <ReasonForm {...form} /> : null}
    </Modal>
  );
}
