import { Group, Radio, Stack } from '@mantine/core';
import { REGISTER_NUMBERINGS, REGISTER_NUMBERING_LABELS } from '../../../../shared/domain/decisions';
import { LinesEditor } from '../../components/LinesEditor';
import type { SettingsFormApi } from './SettingsForm';
import { settingsTexts as t } from './texts';

const LEGAL_BASES_TEXTS = {
  label: t.defaultLegalBases,
  description: t.defaultLegalBasesDescription,
  line: t.legalBase,
  add: t.addLegalBase,
  remove: t.removeLegalBase,
  moveUp: t.moveUpLegalBase,
  moveDown: t.moveDownLegalBase,
  empty: t.noLegalBases,
};

/** The căn cứ lines a new decision starts with, and how số sổ vàng is numbered. */
export function DecisionDefaultsFields({ form }: { form: SettingsFormApi }) {
  return (
    <Stack gap="lg">
      <LinesEditor
        lines={form.values.defaultLegalBases}
        onChange={(lines) => form.setFieldValue('defaultLegalBases', lines)}
        texts={LEGAL_BASES_TEXTS}
        errorOf={(i) => form.errors[`defaultLegalBases.${i}`]}
        error={form.errors.defaultLegalBases}
      />
      <Radio.Group
        label={t.registerNumbering}
        description={t.registerNumberingDescription}
        {...form.getInputProps('registerNumbering')}
      >
        <Group gap="lg" mt={6}>
          {REGISTER_NUMBERINGS.map((n) => (
            <Radio key={n} value={n} label={REGISTER_NUMBERING_LABELS[n]} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
