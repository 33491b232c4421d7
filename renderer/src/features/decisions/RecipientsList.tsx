import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardText, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { SECTION_ORDER } from '../../../../shared/domain/decisions';
import { formatMoney } from '../../../../shared/rules/money';
import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useDecisionPage } from './decisionStore';
import { LineEditModal } from './LineEditModal';
import { PasteDialog } from './PasteDialog';
import { RecipientPicker } from './RecipientPicker';
import { RecipientSection } from './RecipientSection';
import { decisionsTexts as t } from './texts';

interface RecipientsListProps {
  decision: Decision;
  /** Ticked lines (they feed the documents: print only these). */
  selected: number[];
  onSelect(ids: number[]): void;
}

type Dialog =
  { kind: 'pick' } | { kind: 'paste' } | { kind: 'remove' } | { kind: 'line'; line: AwardLine } | null;

/** Danh sách khen thưởng: the three sections, totals, selection, and the changes a draft allows. */
export function RecipientsList({ decision, selected, onSelect }: RecipientsListProps) {
  const lines = useDecisionPage((s) => s.lines);
  const hints = useDecisionPage((s) => s.hints);
  const busy = useDecisionPage((s) => s.busy);
  const removeLines = useDecisionPage((s) => s.removeLines);
  const reorder = useDecisionPage((s) => s.reorder);
  const [dialog, setDialog] = useState<Dialog>(null);
  const draft = decision.status === 'draft';
  const close = () => setDialog(null);
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const bySection = useMemo(
    () => SECTION_ORDER.map((kind) => ({ kind, lines: lines.filter((l) => l.recipientKind === kind) })),
    [lines],
  );

  const confirmRemove = async () => {
    const result = await removeLines(selected);
    if (result.ok) {
      notifyDone(t.removed(result.value.removed));
      onSelect([]);
      close();
    } else notifyFailed(t.actionFailedTitle, result.message);
  };

  const move = async (line: AwardLine, by: -1 | 1) => {
    const ids = lines.filter((l) => l.recipientKind === line.recipientKind).map((l) => l.id);
    const at = ids.indexOf(line.id);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    const result = await reorder(line.recipientKind, ids);
    if (!result.ok) notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="decision-recipients-title">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id="decision-recipients-title">
            {t.recipientsSection}
          </Title>
          <Group gap="sm">
            {selected.length > 0 ? (
              <Text size="sm" c="dimmed">
                {t.selectedCount(selected.length)}
              </Text>
            ) : null}
            {draft ? (
              <>
                {selected.length > 0 ? (
                  <Button
                    variant="default"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => setDialog({ kind: 'remove' })}
                  >
                    {t.removeSelected(selected.length)}
                  </Button>
                ) : null}
                <Button
                  variant="default"
                  leftSection={<IconClipboardText size={16} aria-hidden />}
                  onClick={() => setDialog({ kind: 'paste' })}
                >
                  {t.paste}
                </Button>
                <Button
                  leftSection={<IconUserPlus size={16} aria-hidden />}
                  onClick={() => setDialog({ kind: 'pick' })}
                >
                  {t.addRecipients}
                </Button>
              </>
            ) : null}
          </Group>
        </Group>

        {lines.length === 0 ? (
          <Text c="dimmed">{t.emptyList}</Text>
        ) : (
          bySection
            .filter((section) => section.lines.length > 0)
            .map(({ kind, lines: sectionLines }) => (
              <RecipientSection
                key={kind}
                kind={kind}
                decision={decision}
                lines={sectionLines}
                hints={hints}
                selected={selected}
                onSelect={onSelect}
                onEdit={(line) => setDialog({ kind: 'line', line })}
                onMove={(line, by) => void move(line, by)}
              />
            ))
        )}
        {lines.length > 0 ? (
          <Text fw={700} ta="right">
            {t.grandTotal(lines.length, formatMoney(total))}
          </Text>
        ) : null}
      </Stack>

      {draft ? (
        <>
          <RecipientPicker opened={dialog?.kind === 'pick'} onClose={close} />
          <PasteDialog opened={dialog?.kind === 'paste'} onClose={close} />
          <ConfirmDialog
            opened={dialog?.kind === 'remove'}
            title={t.removeTitle(selected.length)}
            text={t.removeExplain}
            confirmLabel={t.removeConfirm}
            cancelLabel={t.cancel}
            busy={busy}
            confirmIcon={<IconTrash size={18} aria-hidden />}
            onConfirm={() => void confirmRemove()}
            onCancel={close}
          />
        </>
      ) : null}
      <LineEditModal
        line={dialog?.kind === 'line' ? dialog.line : null}
        signed={decision.status !== 'draft'}
        onClose={close}
      />
    </Paper>
  );
}
