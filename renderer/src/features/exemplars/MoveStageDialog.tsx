import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { EXEMPLAR_STAGE_LABELS, type ExemplarStage } from '../../../../shared/domain/exemplars';
import type { ExemplarSummary } from '../../../../shared/schemas/exemplars';
import { DateField } from '../../components/DateField';
import { showFieldErrors } from '../../components/formErrors';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useExemplars } from './store';
import { exemplarsTexts as t } from './texts';

interface Props {
  model: Pick<ExemplarSummary, 'id' | 'title' | 'stage' | 'stageOn'>;
  /** The stage to move to; null while closed. */
  target: ExemplarStage | null;
  onClose(): void;
}

/** Asks for the day of the move (today by default) and a note, then records the move. */
export function MoveStageDialog({ model, target, onClose }: Props) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t.moveTitle(EXEMPLAR_STAGE_LABELS[target]) : ''}
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {target ? <MoveForm model={model} target={target} onClose={onClose} /> : null}
    </Modal>
  );
}

function MoveForm({ model, target, onClose }: Props & { target: ExemplarStage }) {
  const moveStage = useExemplars((s) => s.moveStage);
  const busy = useExemplars((s) => s.busy);
  const form = useForm<{ onDate: string | null; note: string }>({
    initialValues: { onDate: todayIso(new Date()), note: '' },
  });

  const submit = async (values: { onDate: string | null; note: string }) => {
    if (values.onDate === null) return form.setFieldError('onDate', 'Vui lòng nhập ngày chuyển.');
    const result = await moveStage({ id: model.id, stage: target, onDate: values.onDate, note: values.note });
    if (result.ok) {
      notifyDone(t.moved(model.title, EXEMPLAR_STAGE_LABELS[target]));
      onClose();
    } else {
      showFieldErrors(form, result.fields);
      if (!result.fields.onDate) notifyFailed(t.actionFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {model.title} · {EXEMPLAR_STAGE_LABELS[model.stage]}{' '}
          {t.sinceDate(formatDate(model.stageOn)).toLowerCase()}
        </Text>
        <DateField label={t.moveOnDate} withAsterisk data-autofocus {...form.getInputProps('onDate')} />
        <Textarea
          label={t.moveNote}
          placeholder={t.moveNoteHint}
          rows={3}
          resize="vertical"
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {t.moveConfirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
