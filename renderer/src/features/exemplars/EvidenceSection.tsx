import { ActionIcon, Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconFileText, IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from '../../../../shared/domain/exemplars';
import { formatNumberVi } from '../../../../shared/rules/money';
import type { Evidence } from '../../../../shared/schemas/exemplars';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatStamp } from '../../components/formatStamp';
import { notifyDone, notifyFailed } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { useExemplars } from './store';
import { exemplarsTexts as t } from './texts';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${formatNumberVi(Math.max(1, Math.ceil(bytes / 1024)))} KB`;

/** The evidence files of a model: add (checked by the main process), open with the desktop, remove. */
export function EvidenceSection({
  modelId,
  evidence,
  readOnly,
}: {
  modelId: number;
  evidence: Evidence[];
  readOnly: boolean;
}) {
  const addEvidence = useExemplars((s) => s.addEvidence);
  const removeEvidence = useExemplars((s) => s.removeEvidence);
  const openEvidence = useExemplars((s) => s.openEvidence);
  const busy = useExemplars((s) => s.busy);
  const input = useRef<HTMLInputElement>(null);
  const [removing, setRemoving] = useState<Evidence | null>(null);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    for (const file of files) {
      // Refused here too so that a 200 MB video is not read into memory only to be refused.
      if (file.size > EVIDENCE_MAX_BYTES) {
        notifyFailed(t.actionFailedTitle, `Tệp “${file.name}” quá giới hạn 20 MB.`);
        continue;
      }
      const result = await addEvidence(modelId, file);
      if (result.ok) notifyDone(t.evidenceAdded(result.value.fileName));
      else notifyFailed(t.actionFailedTitle, result.message);
    }
  };

  const open = async (e: Evidence) => {
    const result = await openEvidence(e.id);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    if (result.value.opened) notifyDone(t.evidenceOpened(e.fileName, result.value.location));
    else notifyFailed(t.actionFailedTitle, t.evidenceNotOpened(result.value.location));
  };

  const remove = async () => {
    if (!removing) return;
    const result = await removeEvidence(removing.id);
    if (result.ok) notifyDone(t.evidenceRemoved(removing.fileName));
    else notifyFailed(t.actionFailedTitle, result.message);
    setRemoving(null);
  };

  return (
    <SectionCard title={t.evidenceTitle}>
      <Stack gap="sm">
        {evidence.length === 0 ? <Text c="dimmed">{t.evidenceEmpty}</Text> : null}
        <Stack
          gap={6}
          component="ul"
          aria-label={t.listLabel}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {evidence.map((e) => (
            <Group key={e.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap">
                {e.mimeType.startsWith('image/') ? (
                  <IconPhoto size={20} aria-hidden />
                ) : (
                  <IconFileText size={20} aria-hidden />
                )}
                <Stack gap={0} align="flex-start">
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => void open(e)}
                    aria-label={t.evidenceOpen(e.fileName)}
                  >
                    {e.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t.evidenceMeta(sizeText(e.sizeBytes), e.addedBy, formatStamp(e.createdAt))}
                  </Text>
                </Stack>
              </Group>
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t.evidenceRemove(e.fileName)}
                  onClick={() => setRemoving(e)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
        {readOnly ? null : (
          <Group gap="sm">
            <VisuallyHidden>
              <input
                ref={input}
                type="file"
                multiple
                accept={EVIDENCE_ACCEPT}
                tabIndex={-1}
                aria-label={t.evidencePick}
                onChange={(e) => void picked(e)}
              />
            </VisuallyHidden>
            <Button
              variant="light"
              leftSection={<IconUpload size={16} aria-hidden />}
              loading={busy}
              onClick={() => input.current?.click()}
            >
              {t.evidenceAdd}
            </Button>
            <Text size="xs" c="dimmed">
              {t.evidenceHint}
            </Text>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t.evidenceRemoveTitle}
        text={removing ? t.evidenceRemoveText(removing.fileName) : ''}
        confirmLabel={t.remove}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </SectionCard>
  );
}
