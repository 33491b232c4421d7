import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { SettingsFormApi } from './SettingsForm';
import { settingsTexts as t } from './texts';

const MAX_VICE_CHAIRMEN = 5;

/** Chủ tịch and the Phó Chủ tịch list (add/remove, at most five), each a labelled group. */
export function SignersFields({ form }: { form: SettingsFormApi }) {
  const vices = form.values.viceChairmen;
  const listError = form.errors.viceChairmen;

  return (
    <Stack gap="md">
      <Fieldset legend={t.chairman} variant="filled">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t.signerName} withAsterisk {...form.getInputProps('chairman.name')} />
          <TextInput
            label={t.signerTitle}
            placeholder={t.chairmanTitlePlaceholder}
            withAsterisk
            {...form.getInputProps('chairman.title')}
          />
        </Group>
      </Fieldset>

      {vices.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t.noViceChairmen}
        </Text>
      ) : (
        vices.map((_, i) => (
          // Controlled inputs bound by index: the position is the identity of a row here.
          <Fieldset key={i} legend={t.viceChairman(i + 1)} variant="filled">
            <Group align="flex-start" wrap="nowrap">
              <Group grow align="flex-start" wrap="wrap" style={{ flex: 1 }}>
                <TextInput
                  label={t.signerName}
                  withAsterisk
                  {...form.getInputProps(`viceChairmen.${i}.name`)}
                />
                <TextInput
                  label={t.signerTitle}
                  withAsterisk
                  {...form.getInputProps(`viceChairmen.${i}.title`)}
                />
              </Group>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={t.removeViceChairman(i + 1)}
                title={t.removeViceChairman(i + 1)}
                onClick={() => form.removeListItem('viceChairmen', i)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        ))
      )}

      {typeof listError === 'string' || typeof listError === 'number' ? (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      ) : null}

      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={vices.length >= MAX_VICE_CHAIRMEN}
          onClick={() => form.insertListItem('viceChairmen', { name: '', title: t.viceTitleDefault })}
        >
          {t.addViceChairman}
        </Button>
        {vices.length >= MAX_VICE_CHAIRMEN ? (
          <Text size="sm" c="dimmed">
            {t.viceChairmenMax(MAX_VICE_CHAIRMEN)}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
