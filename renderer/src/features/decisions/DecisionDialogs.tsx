import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconBan, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { DialogButtons } from '../../components/DialogButtons';
import { notifyDone } from '../../components/notify';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDecisionPage } from './decisionStore';
import { decisionsTexts as t } from './texts';

interface DialogProps {
  opened: boolean;
  onClose(): void;
}

/**
 * Ký ban hành: says what signing does (numbers, số sổ vàng, a frozen list); when the main process
 * refuses, its message listing what is missing stays in the dialog.
 */
export function SignDialog({ opened, onClose }: DialogProps) {
  const sign = useDecisionPage((s) => s.sign);
  const busy = useDecisionPage((s) => s.busy);
  const [refusal, setRefusal] = useState<string | null>(null);
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const confirm = async () => {
    const result = await sign();
    if (result.ok) {
      notifyDone(t.signed(result.value.numberText ?? ''));
      close();
    } else {
      setRefusal(result.message);
    }
  };
  return (
    <Modal opened={opened} onClose={() => !busy && close()} title={t.signTitle} size="lg">
      <Stack gap="lg">
        <Text>{t.signExplain}</Text>
        {refusal ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={t.signMissingTitle}
            icon={<IconAlertCircle aria-hidden />}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {refusal}
            </Text>
          </Alert>
        ) : null}
        <DialogButtons
          cancelLabel={t.cancel}
          confirmLabel={t.signConfirm}
          confirmIcon={<IconSignature size={18} aria-hidden />}
          busy={busy}
          focusCancel
          onCancel={close}
          onConfirm={() => void confirm()}
        />
      </Stack>
    </Modal>
  );
}

/** Hủy quyết định: a signed decision is kept with its number; a reason is required. */
export function CancelDialog({ opened, onClose }: DialogProps) {
  const cancel = useDecisionPage((s) => s.cancel);
  const busy = useDecisionPage((s) => s.busy);
  const confirm = async (reason: string) => {
    const result = await cancel(reason);
    if (!result.ok) return result.fields.reason ?? result.message;
    notifyDone(t.cancelledDone);
    onClose();
    return null;
  };
  return (
    <ReasonDialog
      opened={opened}
      title={t.cancelTitle}
      size="lg"
      explanation={t.cancelExplain}
      label={t.reason}
      requiredMessage={t.reasonRequired}
      rows={2}
      cancelLabel={t.cancelKeep}
      confirmLabel={t.cancelConfirm}
      confirmColor="red"
      confirmIcon={<IconBan size={18} aria-hidden />}
      busy={busy}
      onConfirm={confirm}
      onCancel={onClose}
    />
  );
}
