import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconGridDots, IconRestore } from '@tabler/icons-react';
import {
  BLANK_FIELDS,
  BLANK_FIELD_LABELS,
  DEFAULT_BLANK_LAYOUT,
  PAGE_SIZES,
  type BlankCertificateLayout,
} from '../../../../shared/domain/certificate';
import { notifyDone, notifyFailed } from '../../components/notify';
import { showFieldErrors } from '../../components/formErrors';
import { useCertificateLayout } from './layoutStore';
import { certificateTexts as t } from './texts';

const COLUMNS = [
  ['xMm', t.fieldX],
  ['yMm', t.fieldY],
  ['widthMm', t.fieldWidth],
  ['heightMm', t.fieldHeight],
  ['fontSize', t.fieldFont],
] as const;

/** One row per variable field (position and size in mm, font size), the printer offset, the test page. */
export function BlankLayoutCard({ form }: { form: UseFormReturnType<BlankCertificateLayout> }) {
  const busy = useCertificateLayout((s) => s.busy);

  const save = form.onSubmit(
    async (values) => {
      const r = await useCertificateLayout.getState().saveBlank(values);
      if (r.ok) {
        form.resetDirty(values);
        notifyDone(t.savedLayout);
      } else {
        showFieldErrors(form, r.fields);
        notifyFailed(t.failedTitle, r.message);
      }
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );

  return (
    <Card withBorder component="form" onSubmit={save} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t.blankTitle}
        </Title>
        <Group align="flex-end">
          <Select
            label={t.pageSize}
            data={[...PAGE_SIZES]}
            allowDeselect={false}
            w={120}
            {...form.getInputProps('pageSize')}
          />
          <Select
            label={t.orientation}
            w={140}
            allowDeselect={false}
            data={[
              { value: 'landscape', label: t.landscape },
              { value: 'portrait', label: t.portrait },
            ]}
            {...form.getInputProps('orientation')}
          />
          <NumberInput
            label={t.offsetX}
            w={140}
            step={0.5}
            decimalScale={1}
            {...form.getInputProps('offset.xMm')}
          />
          <NumberInput
            label={t.offsetY}
            w={140}
            step={0.5}
            decimalScale={1}
            {...form.getInputProps('offset.yMm')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t.offsetHint}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.field}</Table.Th>
                {COLUMNS.map(([key, label]) => (
                  <Table.Th key={key}>{label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BLANK_FIELDS.map((field) => (
                <Table.Tr key={field}>
                  <Table.Td>{BLANK_FIELD_LABELS[field]}</Table.Td>
                  {COLUMNS.map(([key, label]) => (
                    <Table.Td key={key}>
                      <NumberInput
                        aria-label={`${BLANK_FIELD_LABELS[field]}: ${label}`}
                        size="xs"
                        w={96}
                        step={key === 'fontSize' ? 1 : 0.5}
                        decimalScale={1}
                        {...form.getInputProps(`fields.${field}.${key}`)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconGridDots size={16} />}
              loading={busy}
              onClick={() => {
                if (!form.validate().hasErrors)
                  void useCertificateLayout.getState().calibration(form.getValues());
              }}
            >
              {t.calibration}
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconRestore size={16} />}
              onClick={() => form.setValues(structuredClone(DEFAULT_BLANK_LAYOUT))}
            >
              {t.resetDefaults}
            </Button>
          </Group>
          <Button type="submit" loading={busy}>
            {t.save}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t.calibrationHint}
        </Text>
      </Stack>
    </Card>
  );
}
