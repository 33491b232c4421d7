import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import { lineCorrectSchema, lineUpdateSchema, type AwardLine } from '../../../../shared/schemas/decisions';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { awardOptions } from './decisionForm';
import { useDecisionPage } from './decisionStore';
import { useDecisions } from './store';
import { decisionsTexts as t } from './texts';

interface LineEditModalProps {
  /** The line to edit; null = closed. */
  line: AwardLine | null;
  /** On a signed decision the line is corrected (name too) with a reason. */
  signed: boolean;
  onClose(): void;
}

/** Sửa dòng (draft: position/unit, achievement, award) or Đính chính dòng (signed: with a reason). */
export function LineEditModal({ line, signed, onClose }: LineEditModalProps) {
  return (
    <Modal
      opened={line !== null}
      onClose={onClose}
      title={line ? (signed ? t.lineCorrectTitle(line.name) : t.lineEditTitle(line.name)) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {line ? (
        signed ? (
          <CorrectLineForm key={line.id} line={line} onClose={onClose} />
        ) : (
          <EditLineForm key={line.id} line={line} onClose={onClose} />
        )
      ) : null}
    </Modal>
  );
}

const validateUpdate = schemaResolver(lineUpdateSchema, { sync: true });
const validateCorrect = schemaResolver(lineCorrectSchema, { sync: true });

function Buttons({ busy, onClose }: { busy: boolean; onClose(): void }) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose} disabled={busy}>
        {t.cancel}
      </Button>
      <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
        {t.save}
      </Button>
    </Group>
  );
}

function EditLineForm({ line, onClose }: { line: AwardLine; onClose(): void }) {
  const updateLine = useDecisionPage((s) => s.updateLine);
  const busy = useDecisionPage((s) => s.busy);
  const options = useDecisions((s) => s.options);
  const loadOptions = useDecisions((s) => s.loadOptions);
  useEffect(() => {
    void loadOptions();
  }, [loadOptions]);
  const form = useForm({
    initialValues: {
      lineId: line.id,
      positionUnit: line.positionUnit ?? '',
      achievement: line.achievement ?? '',
      catalogueId: line.catalogueId,
    },
    validate: validateUpdate,
  });
  const submit = async (values: typeof form.values) => {
    const result = await updateLine(values);
    if (result.ok) {
      notifyDone(t.lineSaved);
      onClose();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };
  const data = options
    ? awardOptions(options.catalogue, line.catalogueId)
    : [{ value: String(line.catalogueId), label: line.catalogueName }];
  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <TextInput label={t.colPositionUnit} data-autofocus {...form.getInputProps('positionUnit')} />
        <Textarea
          label={t.colAchievement}
          description={t.lineAchievementHint}
          rows={3}
          resize="vertical"
          {...form.getInputProps('achievement')}
        />
        <Select
          label={t.colLineAward}
          data={data}
          searchable
          filter={foldedOptionsFilter}
          allowDeselect={false}
          value={String(form.values.catalogueId)}
          error={form.errors.catalogueId}
          onChange={(v) => v && form.setFieldValue('catalogueId', Number(v))}
        />
        <Buttons busy={busy} onClose={onClose} />
      </Stack>
    </form>
  );
}

function CorrectLineForm({ line, onClose }: { line: AwardLine; onClose(): void }) {
  const correctLine = useDecisionPage((s) => s.correctLine);
  const busy = useDecisionPage((s) => s.busy);
  const form = useForm({
    initialValues: {
      lineId: line.id,
      name: line.name,
      positionUnit: line.positionUnit ?? '',
      achievement: line.achievement ?? '',
      reason: '',
    },
    validate: validateCorrect,
  });
  const submit = async (values: typeof form.values) => {
    const result = await correctLine(values);
    if (result.ok) {
      notifyDone(t.lineCorrected);
      onClose();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <TextInput label={t.lineName} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t.colPositionUnit} {...form.getInputProps('positionUnit')} />
        <Textarea
          label={t.colAchievement}
          description={t.lineAchievementHint}
          rows={3}
          resize="vertical"
          {...form.getInputProps('achievement')}
        />
        <TextInput
          label={t.reason}
          description={t.correctReasonHint}
          withAsterisk
          {...form.getInputProps('reason')}
        />
        <Buttons busy={busy} onClose={onClose} />
      </Stack>
    </form>
  );
}
