import { useRef } from 'react';
import { Button, Card, Group, Image, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { PAGE_SIZES, type CertificatePageSize } from '../../../../shared/domain/certificate';
import type { FullLayoutSettings } from '../../../../shared/schemas/documents';
import { notifyDone, notifyFailed } from '../../components/notify';
import { fileToBase64 } from '../transfer/base64';
import { useCertificateLayout } from './layoutStore';
import { certificateTexts as t } from './texts';

interface Props {
  value: FullLayoutSettings;
  onChange(next: FullLayoutSettings): void;
}

/** Paper size and orientation of the full-page certificate (saved at once), and the emblem. */
export function FullLayoutCard({ value, onChange }: Props) {
  const emblem = useCertificateLayout((s) => s.layout?.emblem ?? null);
  const busy = useCertificateLayout((s) => s.busy);
  const input = useRef<HTMLInputElement>(null);

  const save = async (next: FullLayoutSettings) => {
    onChange(next);
    const r = await useCertificateLayout.getState().saveFull(next);
    if (r.ok) notifyDone(t.savedLayout);
    else notifyFailed(t.failedTitle, r.message);
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const r = await useCertificateLayout.getState().setEmblem(file.name, await fileToBase64(file));
    if (r.ok) notifyDone(t.emblemSaved);
    else notifyFailed(t.failedTitle, r.message);
    if (input.current) input.current.value = '';
  };

  const remove = async () => {
    const r = await useCertificateLayout.getState().removeEmblem();
    if (r.ok) notifyDone(t.emblemRemoved);
    else notifyFailed(t.failedTitle, r.message);
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t.fullTitle}
        </Title>
        <Group align="flex-end">
          <Select
            label={t.pageSize}
            data={[...PAGE_SIZES]}
            value={value.pageSize}
            allowDeselect={false}
            w={120}
            onChange={(v) => v && void save({ ...value, pageSize: v as CertificatePageSize })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.orientation}
            </Text>
            <SegmentedControl
              aria-label={t.orientation}
              value={value.orientation}
              data={[
                { value: 'landscape', label: t.landscape },
                { value: 'portrait', label: t.portrait },
              ]}
              onChange={(v) => void save({ ...value, orientation: v as FullLayoutSettings['orientation'] })}
            />
          </Stack>
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t.emblem}
          </Text>
          <Group>
            {emblem ? (
              <Image src={emblem.dataUrl} alt={emblem.fileName} w={64} h={64} fit="contain" />
            ) : (
              <Text size="sm" c="dimmed">
                {t.emblemNone}
              </Text>
            )}
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg"
              hidden
              data-testid="emblem-input"
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
            />
            <Button
              variant="default"
              leftSection={<IconPhoto size={16} />}
              loading={busy}
              onClick={() => input.current?.click()}
            >
              {emblem ? t.emblemReplace : t.emblemPick}
            </Button>
            {emblem && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => void remove()}
              >
                {t.emblemRemove}
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t.emblemHint}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
}
