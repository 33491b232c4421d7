import {
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import {
  DECISION_METHODS,
  DECISION_METHOD_LABELS,
  RECIPIENT_ORDERS,
  RECIPIENT_ORDER_LABELS,
} from '../../../../shared/domain/decisions';
import { formatDecisionNumber } from '../../../../shared/rules/decision-number';
import { isValidIsoDate } from '../../../../shared/rules/dates';
import { normalizeText } from '../../../../shared/rules/text';
import { decisionInputSchema, type Decision } from '../../../../shared/schemas/decisions';
import { DateField } from '../../components/DateField';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';
import { LinesEditor } from '../../components/LinesEditor';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import type { MutationResult } from '../../components/mutation';
import { notifyDone, notifyFailed } from '../../components/notify';
import {
  awardOptions,
  movementOptions,
  decisionValuesOf,
  defaultSubject,
  newDecisionValues,
  signerFromKey,
  signerKey,
  signerOptions,
  type DecisionFormValues,
} from './decisionForm';
import type { DecisionOptions } from './store';
import { decisionsTexts as t } from './texts';

const validate = schemaResolver(decisionInputSchema, { sync: true });

export const LEGAL_BASES_TEXTS = {
  label: t.legalBases,
  description: t.legalBasesHint,
  line: t.legalBase,
  add: t.addLegalBase,
  remove: t.removeLegalBase,
  moveUp: t.moveUpLegalBase,
  moveDown: t.moveDownLegalBase,
  empty: t.noLegalBases,
};

export type DecisionFormMode = 'create' | 'edit' | 'correct';

interface DecisionFormProps {
  mode: DecisionFormMode;
  options: DecisionOptions;
  decision: Decision | null;
  busy: boolean;
  /** Saves; the reason is given only when correcting a signed decision. */
  onSubmit(values: DecisionFormValues, reason: string): Promise<MutationResult<Decision>>;
  suggestNumber?(year: number): Promise<{ number: number } | null>;
  onDone(decision: Decision): void;
  onCancel(): void;
}

/** The decision's fields, checked by the contract's schema; the number comes suggested for a new one. */
export function DecisionForm({
  mode,
  options,
  decision,
  busy,
  onSubmit,
  suggestNumber,
  onDone,
  onCancel,
}: DecisionFormProps) {
  const { settings, catalogue } = options;
  const form = useForm<DecisionFormValues>({
    initialValues: decision
      ? decisionValuesOf(decision)
      : newDecisionValues(settings, new Date().getFullYear()),
    validate,
    validateInputOnBlur: true,
  });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const suggested = useRef<number | null>(null);
  const autoSubject = useRef<string>('');
  const values = form.values;

  // A new decision's number: the next free one of its year, until the officer types another.
  const suggest = async (year: number) => {
    if (mode !== 'create' || !suggestNumber) return;
    const s = await suggestNumber(year);
    const current = form.getValues().number;
    if (s && (current === null || current === suggested.current)) {
      suggested.current = s.number;
      form.setFieldValue('number', s.number);
    }
  };
  useEffect(() => {
    void suggest(form.getValues().year);
    // Once, on opening: later suggestions follow the year.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setYear = (year: number) => {
    if (year === form.getValues().year) return;
    form.setFieldValue('year', year);
    if (year >= 2000 && year <= 2100) void suggest(year);
  };

  const refreshSubject = (next: Partial<DecisionFormValues>) => {
    const v = { ...form.getValues(), ...next };
    const entry = catalogue.find((e) => e.id === v.catalogueId);
    if (!entry) return;
    const subject = defaultSubject(entry, v.year, v.achievementFrom, v.achievementTo);
    // Only a subject still empty or written by the app follows the award; a typed one stays.
    if (normalizeText(v.subject ?? '') === '' || v.subject === autoSubject.current) {
      autoSubject.current = subject;
      form.setFieldValue('subject', subject);
    }
  };

  const submit = async (v: DecisionFormValues) => {
    if (mode === 'correct' && normalizeText(reason) === '') {
      setReasonError(t.reasonRequired);
      document.getElementById('decision-correct-reason')?.focus();
      return;
    }
    const result = await onSubmit(v, reason);
    if (result.ok) {
      notifyDone(
        mode === 'create'
          ? t.created(result.value.numberText ?? t.draftLabel)
          : mode === 'edit'
            ? t.saved
            : t.corrected,
      );
      onDone(result.value);
    } else {
      showFieldErrors(form, result.fields);
      if (result.fields.reason) setReasonError(result.fields.reason);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  const signer = values.signer;
  const signerError = form.errors.signer ?? form.errors['signer.kind'] ?? form.errors['signer.name'];

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t.year}
            withAsterisk
            allowDecimal={false}
            allowNegative={false}
            hideControls
            value={values.year}
            error={form.errors.year}
            onChange={(v) => setYear(typeof v === 'number' ? v : Number(v))}
          />
          <NumberInput
            label={t.number}
            description={
              values.number
                ? t.numberPreview(formatDecisionNumber(values.number, settings.decisionSuffix))
                : t.numberEmpty
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            data-autofocus
            {...form.getInputProps('number')}
            value={values.number ?? ''}
            onChange={(v) => form.setFieldValue('number', typeof v === 'number' ? v : null)}
          />
          <DateField
            label={t.decisionDate}
            {...form.getInputProps('decisionDate')}
            onChange={(date) => {
              form.setFieldValue('decisionDate', date);
              if (date && isValidIsoDate(date)) setYear(Number(date.slice(0, 4)));
            }}
          />
        </SimpleGrid>
        <Select
          label={t.signer}
          placeholder={t.chooseSigner}
          data={signerOptions(settings, signer)}
          value={signer ? signerKey(signer.kind, signer.name) : null}
          onChange={(key) => form.setFieldValue('signer', signerFromKey(key))}
          error={signerError}
          clearable
        />
        <Select
          label={t.award}
          placeholder={t.chooseAward}
          data={awardOptions(catalogue, values.catalogueId)}
          searchable
          filter={foldedOptionsFilter}
          nothingFoundMessage={t.noAward}
          value={values.catalogueId === null ? null : String(values.catalogueId)}
          error={form.errors.catalogueId}
          onChange={(v) => {
            const catalogueId = v === null ? null : Number(v);
            form.setFieldValue('catalogueId', catalogueId);
            refreshSubject({ catalogueId });
          }}
        />
        <Select
          label={t.movement}
          description={t.movementHint}
          placeholder={t.chooseMovement}
          data={movementOptions(options.movements, values.year, values.movementId)}
          searchable
          clearable
          filter={foldedOptionsFilter}
          nothingFoundMessage={t.noMovement}
          value={values.movementId === null ? null : String(values.movementId)}
          error={form.errors.movementId}
          onChange={(v) => form.setFieldValue('movementId', v === null ? null : Number(v))}
        />
        <Textarea label={t.subject} rows={2} resize="vertical" {...form.getInputProps('subject')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t.achievementFrom}
            {...form.getInputProps('achievementFrom')}
            onChange={(d) => {
              form.setFieldValue('achievementFrom', d);
              refreshSubject({ achievementFrom: d });
            }}
          />
          <DateField
            label={t.achievementTo}
            {...form.getInputProps('achievementTo')}
            onChange={(d) => {
              form.setFieldValue('achievementTo', d);
              refreshSubject({ achievementTo: d });
            }}
          />
          <Select
            label={t.method}
            withAsterisk
            allowDeselect={false}
            data={DECISION_METHODS.map((m) => ({ value: m, label: DECISION_METHOD_LABELS[m] }))}
            {...form.getInputProps('method')}
          />
        </SimpleGrid>
        <Textarea
          label={t.defaultAchievement}
          description={t.defaultAchievementHint}
          rows={2}
          resize="vertical"
          {...form.getInputProps('defaultAchievement')}
        />
        <LinesEditor
          lines={values.legalBases}
          onChange={(lines) => form.setFieldValue('legalBases', lines)}
          texts={LEGAL_BASES_TEXTS}
          errorOf={(i) => form.errors[`legalBases.${i}`]}
          error={form.errors.legalBases}
        />
        <Radio.Group label={t.recipientOrder} {...form.getInputProps('recipientOrder')}>
          <Group gap="lg" mt={6}>
            {RECIPIENT_ORDERS.map((o) => (
              <Radio key={o} value={o} label={RECIPIENT_ORDER_LABELS[o]} />
            ))}
          </Group>
        </Radio.Group>
        {mode === 'correct' ? (
          <TextInput
            id="decision-correct-reason"
            label={t.reason}
            description={t.correctReasonHint}
            withAsterisk
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
