import {
  ActionIcon,
  Button,
  Group,
  Input,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { MovementInput } from '../../../../shared/schemas/movements';
import { movementsTexts as t } from './texts';

const EMPTY = { content: '', target: '', weightPercent: null };

/** The ordered criteria of the form: content, target, weight; add, remove, move. Every button is labelled. */
export function CriteriaEditor({ form }: { form: UseFormReturnType<MovementInput> }) {
  const criteria = form.values.criteria;
  const total = criteria.reduce((sum, c) => sum + (c.weightPercent ?? 0), 0);
  const focusContent = (index: number) =>
    // After the row exists: the officer types the new criterion straight away.
    requestAnimationFrame(() => form.getInputNode(`criteria.${index}.content`)?.focus());

  return (
    <Stack gap="xs" role="group" aria-label={t.criteriaLabel}>
      <div>
        <Input.Label>{t.criteriaLabel}</Input.Label>
        <Input.Description>{t.criteriaHint}</Input.Description>
      </div>
      {criteria.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.criteriaNone}
        </Text>
      ) : null}
      {criteria.map((_c, i) => {
        const n = i + 1;
        return (
          // Rows are addressed by index in the form (criteria.2.content), so the index is the key.
          <Group key={i} gap={6} align="flex-start" wrap="nowrap">
            <Text size="sm" c="dimmed" w={24} ta="right" mt={8} aria-hidden>
              {n}.
            </Text>
            <Textarea
              aria-label={t.criterionContent(n)}
              rows={1}
              resize="vertical"
              style={{ flex: 3 }}
              {...form.getInputProps(`criteria.${i}.content`)}
            />
            <TextInput
              aria-label={t.criterionTarget(n)}
              placeholder={t.targetPlaceholder}
              style={{ flex: 1.4 }}
              {...form.getInputProps(`criteria.${i}.target`)}
            />
            <NumberInput
              aria-label={t.criterionWeight(n)}
              placeholder={t.weightPlaceholder}
              w={76}
              min={0}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              suffix="%"
              value={criteria[i]!.weightPercent ?? ''}
              error={form.errors[`criteria.${i}.weightPercent`]}
              onChange={(v) =>
                form.setFieldValue(`criteria.${i}.weightPercent`, typeof v === 'number' ? v : null)
              }
            />
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t.criterionUp(n)}
              title={t.criterionUp(n)}
              disabled={i === 0}
              onClick={() => form.reorderListItem('criteria', { from: i, to: i - 1 })}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t.criterionDown(n)}
              title={t.criterionDown(n)}
              disabled={i === criteria.length - 1}
              onClick={() => form.reorderListItem('criteria', { from: i, to: i + 1 })}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t.criterionRemove(n)}
              title={t.criterionRemove(n)}
              onClick={() => form.removeListItem('criteria', i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => {
            form.insertListItem('criteria', { ...EMPTY });
            focusContent(criteria.length);
          }}
        >
          {t.addCriterion}
        </Button>
        {total > 0 ? (
          <Text size="sm" c={total > 100 ? 'red' : 'dimmed'}>
            {t.weightTotal(total)}
          </Text>
        ) : null}
      </Group>
      {form.errors.criteria ? (
        <Text size="sm" c="red" role="alert">
          {form.errors.criteria}
        </Text>
      ) : null}
    </Stack>
  );
}
