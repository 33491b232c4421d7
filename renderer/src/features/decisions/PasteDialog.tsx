import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowLeft, IconEye } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import type { PastePreview } from '../../../../shared/schemas/decisions';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnitOptions } from '../../components/unitOptions';
import { useDecisionPage } from './decisionStore';
import { PastePreviewTable, choicesOf, isReady, type RowChoice } from './PastePreviewTable';
import { notifySkipped } from './RecipientPicker';
import { decisionsTexts as t } from './texts';

/** Dán từ Excel: paste rows, preview how they match the registry, settle each row, add them. */
export function PasteDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.pasteTitle}
      size="min(1200px, 95vw)"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {opened ? <Paste onClose={onClose} /> : null}
    </Modal>
  );
}

function Paste({ onClose }: { onClose(): void }) {
  const pastePreview = useDecisionPage((s) => s.pastePreview);
  const pasteCommit = useDecisionPage((s) => s.pasteCommit);
  const busy = useDecisionPage((s) => s.busy);
  const loadUnits = useUnitOptions((s) => s.load);
  const [kind, setKind] = useState<RecipientKind>('individual');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PastePreview | null>(null);
  const [choices, setChoices] = useState<RowChoice[]>([]);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  const runPreview = async () => {
    if (text.trim() === '') {
      setTextError(t.pasteEmpty);
      return;
    }
    const result = await pastePreview(kind, text);
    if (result.ok) {
      setPreview(result.value);
      setChoices(choicesOf(result.value));
    } else setTextError(result.message);
  };

  const included = choices.filter((c) => c.include);
  const unsettled = included.filter((c) => !isReady(c)).length;

  const commit = async () => {
    if (!preview) return;
    const rows = included.map((c) => {
      const row = preview.rows.find((r) => r.row === c.row)!;
      return {
        name: row.name,
        positionUnit: row.positionUnit ?? '',
        achievement: row.achievement ?? '',
        recipientId: c.choice === 'new' ? null : Number(c.choice),
        unitId: c.choice === 'new' ? c.unitId : null,
      };
    });
    const result = await pasteCommit({ kind: preview.kind, rows });
    if (!result.ok) {
      notifyFailed(t.actionFailedTitle, result.message);
      return;
    }
    notifyDone(t.pasteDone(result.value.added, result.value.created, result.value.skipped.length));
    notifySkipped(result.value.skipped);
    onClose();
  };

  if (preview)
    return (
      <Stack gap="md">
        <PastePreviewTable preview={preview} choices={choices} onChange={setChoices} />
        <Group justify="space-between" gap="sm">
          <Text size="sm" c={unsettled > 0 ? 'orange.8' : 'dimmed'} role="status">
            {unsettled > 0 ? t.pasteNeedChoice(unsettled) : ''}
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              onClick={() => setPreview(null)}
              disabled={busy}
            >
              {t.pasteBack}
            </Button>
            <Button
              loading={busy}
              disabled={included.length === 0 || unsettled > 0}
              onClick={() => void commit()}
            >
              {t.pasteCommit(included.length)}
            </Button>
          </Group>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t.kind}
        value={kind}
        onChange={(v) => setKind(v as RecipientKind)}
        data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
      />
      <Textarea
        label={t.pasteText}
        description={t.pasteHint}
        rows={8}
        resize="vertical"
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        value={text}
        error={textError}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setTextError(null);
        }}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {t.cancel}
        </Button>
        <Button
          loading={busy}
          leftSection={<IconEye size={16} aria-hidden />}
          onClick={() => void runPreview()}
        >
          {t.preview}
        </Button>
      </Group>
    </Stack>
  );
}
