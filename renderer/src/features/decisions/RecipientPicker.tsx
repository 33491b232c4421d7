import {
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import type { Person } from '../../../../shared/schemas/registry/people';
import { SEARCH_DEBOUNCE_MS } from '../../components/SearchInput';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnitOptions } from '../../components/unitOptions';
import { messageOf } from '../../lib/errors';
import { PersonFormModal } from '../people/PersonFormModal';
import { searchRegistry, useDecisionPage, type PickResult } from './decisionStore';
import { decisionsTexts as t } from './texts';

/** Reports the rows the main process did not add (already in the list with the same award). */
export function notifySkipped(skipped: { name: string; reason: string }[]): void {
  if (skipped.length === 0) return;
  notifications.show({
    color: 'yellow',
    title: t.skippedTitle(skipped.length),
    message: skipped.map((s) => t.skippedLine(s.name, s.reason)).join('\n'),
    style: { whiteSpace: 'pre-line' },
    autoClose: false,
  });
}

const keyOf = (r: { kind: RecipientKind; id: number }) => `${r.kind}:${r.id}`;

/** Thêm người được khen: search the registry as you type, tick several, add them in one go. */
export function RecipientPicker({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.pickerTitle}
      size="xl"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {opened ? <Picker onClose={onClose} /> : null}
    </Modal>
  );
}

function Picker({ onClose }: { onClose(): void }) {
  const addRecipients = useDecisionPage((s) => s.addRecipients);
  const busy = useDecisionPage((s) => s.busy);
  const lines = useDecisionPage((s) => s.lines);
  const inList = new Set(lines.map((l) => keyOf({ kind: l.recipientKind, id: l.recipientId })));
  const loadUnits = useUnitOptions((s) => s.load);
  const [kind, setKind] = useState<RecipientKind>('individual');
  const [text, setText] = useState('');
  const [found, setResults] = useState<PickResult[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Map<string, PickResult>>(new Map());
  const [achievement, setAchievement] = useState('');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  // Searches once the typing pauses; a newer search wins over a slower older one.
  useEffect(() => {
    if (text.trim() === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      setSearching(true);
      searchRegistry(kind, text)
        .then((rows) => !stale && (setResults(rows), setSearchError(null)))
        .catch((error: unknown) => !stale && setSearchError(messageOf(error)))
        .finally(() => !stale && setSearching(false));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [kind, text]);

  const toggle = (r: PickResult, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(keyOf(r), r);
    else next.delete(keyOf(r));
    setChosen(next);
  };

  const personCreated = (p: Person) => {
    const r: PickResult = { kind: 'individual', id: p.id, name: p.fullName, detail: p.unitName ?? '' };
    setChosen(new Map(chosen).set(keyOf(r), r));
    setResults((rows) => [r, ...(rows ?? []).filter((x) => keyOf(x) !== keyOf(r))]);
  };

  const add = async () => {
    const recipients = [...chosen.values()].map((r) => ({ kind: r.kind, id: r.id, achievement }));
    const result = await addRecipients(recipients);
    if (!result.ok) {
      notifyFailed(t.actionFailedTitle, result.message);
      return;
    }
    if (result.value.added > 0) notifyDone(t.added(result.value.added));
    notifySkipped(result.value.skipped);
    onClose();
  };

  // An emptied search box shows the prompt again, not the last results.
  const results = text.trim() === '' ? null : found;
  const shown = results ?? [];
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t.kind}
        value={kind}
        onChange={(v) => setKind(v as RecipientKind)}
        data={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
      />
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t.pickerSearch}
          placeholder={t.pickerSearchPlaceholder}
          leftSection={<IconSearch size={16} aria-hidden />}
          style={{ flex: 1 }}
          data-autofocus
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {kind === 'individual' ? (
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t.newPerson}
          </Button>
        ) : null}
      </Group>
      <ScrollArea.Autosize mah={320} type="auto">
        <Stack gap={6} role="group" aria-label={t.pickerResults} aria-busy={searching}>
          {searchError ? (
            <Text c="red" size="sm" role="alert">
              {searchError}
            </Text>
          ) : results === null ? (
            <Text c="dimmed" size="sm">
              {searching ? t.pickerSearching : t.pickerTypeToSearch}
            </Text>
          ) : shown.length === 0 ? (
            <Text c="dimmed" size="sm">
              {searching ? t.pickerSearching : t.pickerNoResult}
            </Text>
          ) : (
            shown.map((r) => (
              <Checkbox
                key={keyOf(r)}
                checked={chosen.has(keyOf(r))}
                onChange={(e) => toggle(r, e.currentTarget.checked)}
                label={r.name}
                description={
                  [r.detail, inList.has(keyOf(r)) ? t.pickerInList : null].filter(Boolean).join(' · ') ||
                  undefined
                }
              />
            ))
          )}
        </Stack>
      </ScrollArea.Autosize>
      <Textarea
        label={t.pickerAchievement}
        description={t.pickerAchievementHint}
        rows={2}
        resize="vertical"
        value={achievement}
        onChange={(e) => setAchievement(e.currentTarget.value)}
      />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {chosen.size > 0 ? [...chosen.values()].map((r) => r.name).join(', ') : t.pickerSelected(0)}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t.cancel}
          </Button>
          <Button loading={busy} disabled={chosen.size === 0} onClick={() => void add()}>
            {t.pickerAdd}
            {chosen.size > 0 ? ` (${chosen.size})` : ''}
          </Button>
        </Group>
      </Group>
      <PersonFormModal
        opened={creating}
        person={null}
        onClose={() => setCreating(false)}
        onSaved={personCreated}
      />
    </Stack>
  );
}
