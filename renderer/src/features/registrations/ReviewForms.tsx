import { Button, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  REGISTRATION_RESULTS,
  REGISTRATION_RESULT_LABELS,
  type RegistrationResult,
} from '../../../../shared/domain/registrations';
import type { Registration } from '../../../../shared/schemas/registrations';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/** Trả lại: the reason is required (the main process refuses a blank one with the same message). */
export function ReturnForm({ registration, onDone }: { registration: Registration; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = useRegistrations((s) => s.busy);
  const returnRegistration = useRegistrations((s) => s.returnRegistration);
  const confirm = async () => {
    const result = await returnRegistration(registration.id, reason);
    if (result.ok) {
      notifyDone(t.returned);
      onDone();
    } else {
      setError(result.fields.reason ?? null);
      notifyFailed(t.actionFailedTitle, result.message);
    }
  };
  return (
    <Stack gap="md">
      <Textarea
        label={t.returnReason}
        description={t.returnReasonHint}
        withAsterisk
        data-autofocus
        rows={3}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button color="orange" loading={busy} onClick={() => void confirm()}>
          {t.returnAction}
        </Button>
      </Group>
    </Stack>
  );
}

const NONE = 'none';

/** The year-end result of an approved registration: Đạt / Không đạt (or none yet) and a note. */
export function ResultForm({ registration, onDone }: { registration: Registration; onDone(): void }) {
  const [result, setResult] = useState<string>(registration.result ?? NONE);
  const [note, setNote] = useState(registration.resultNote ?? '');
  const busy = useRegistrations((s) => s.busy);
  const save = useRegistrations((s) => s.setResult);
  const confirm = async () => {
    const chosen = result === NONE ? null : (result as RegistrationResult);
    const outcome = await save(registration.id, chosen, note);
    if (outcome.ok) {
      notifyDone(t.resultSaved);
      onDone();
    } else notifyFailed(t.actionFailedTitle, outcome.message);
  };
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t.resultLabel}
        </Text>
        <SegmentedControl
          aria-label={t.resultLabel}
          data={[
            ...REGISTRATION_RESULTS.map((r) => ({ value: r, label: REGISTRATION_RESULT_LABELS[r] })),
            { value: NONE, label: t.resultNone },
          ]}
          value={result}
          onChange={setResult}
        />
      </Stack>
      <TextInput
        label={t.resultNote}
        value={note}
        disabled={result === NONE}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button loading={busy} onClick={() => void confirm()}>
          {t.save}
        </Button>
      </Group>
    </Stack>
  );
}
