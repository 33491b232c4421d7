import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconBan, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { normalizeText } from '../../../../shared/rules/text';
import { notifyDone } from '../../components/notify';
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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy} data-autofocus>
            {t.cancel}
          </Button>
          <Button
            loading={busy}
            leftSection={<IconSignature size={18} aria-hidden />}
            onClick={() => void confirm()}
          >
            {t.signConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Hủy quyết định: a signed decision is kept with its number; a reason is required. */
export function CancelDialog({ opened, onClose }: DialogProps) {
  const cancel = useDecisionPage((s) => s.cancel);
  const busy = useDecisionPage((s) => s.busy);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (normalizeText(reason) === '') {
      setError(t.reasonRequired);
      return;
    }
    const result = await cancel(reason);
    if (result.ok) {
      notifyDone(t.cancelledDone);
      close();
    } else {
      setError(result.fields.reason ?? result.message);
    }
  };
  return (
    <Modal opened={opened} onClose={() => !busy && close()} title={t.cancelTitle} size="lg">
      <Stack gap="md">
        <Text>{t.cancelExplain}</Text>
        <Textarea
          label={t.reason}
          withAsterisk
          rows={2}
          resize="vertical"
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t.cancelKeep}
          </Button>
          <Button
            color="red"
            loading={busy}
            leftSection={<IconBan size={18} aria-hidden />}
            onClick={() => void confirm()}
          >
            {t.cancelConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
