import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  REGISTRATION_RESULTS,
  REGISTRATION_RESULT_LABELS,
  type RegistrationResult,
} from '../../../../shared/domain/registrations';
import type { Registration } from '../../../../shared/schemas/registrations';
import { DialogButtons } from '../../components/DialogButtons';
import { enumOptions } from '../../components/EnumSelect';
import { notifyDone, notifyFailed } from '../../components/notify';
import { ReasonForm } from '../../components/ReasonDialog';
import { useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/** Trả lại: the reason is required (the main process refuses a blank one with the same message). */
export function ReturnForm({ registration, onDone }: { registration: Registration; onDone(): void }) {
  const busy = useRegistrations((s) => s.busy);
  const returnRegistration = useRegistrations((s) => s.returnRegistration);
  const confirm = async (reason: string) => {
    const result = await returnRegistration(registration.id, reason);
    if (result.ok) {
      notifyDone(t.returned);
      onDone();
      return null;
    }
    notifyFailed(t.actionFailedTitle, result.message);
    return result.fields.reason ?? null;
  };
  return (
    <ReasonForm
      label={t.returnReason}
      description={t.returnReasonHint}
      cancelLabel={t.cancel}
      confirmLabel={t.returnAction}
      confirmColor="orange"
      busy={busy}
      onConfirm={confirm}
      onCancel={onDone}
    />
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
            ...enumOptions(REGISTRATION_RESULTS, REGISTRATION_RESULT_LABELS),
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
      <DialogButtons
        cancelLabel={t.cancel}
        confirmLabel={t.save}
        busy={busy}
        onCancel={onDone}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
