import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { Person } from '../../../../shared/schemas/registry/people';
import {
  RegistryCheckList,
  RegistryKindSwitch,
  RegistrySearchInput,
  registryKey as keyOf,
} from '../../components/RegistryResults';
import { personRecord, useRegistrySearch, type RegistryRecord } from '../../components/registrySearch';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnitOptions } from '../../components/unitOptions';
import { PersonFormModal } from '../people/PersonFormModal';
import { useDecisionPage } from './decisionStore';
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
  // An emptied search box shows the prompt again, not the last results.
  const { rows, searching, error } = useRegistrySearch(kind, text, { limit: 50, listWhenEmpty: false });
  const [chosen, setChosen] = useState<Map<string, RegistryRecord>>(new Map());
  const [achievement, setAchievement] = useState('');
  const [creating, setCreating] = useState(false);
  // People created here head the results, whatever the search finds.
  const [created, setCreated] = useState<RegistryRecord[]>([]);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  const toggle = (r: RegistryRecord, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(keyOf(r), r);
    else next.delete(keyOf(r));
    setChosen(next);
  };

  const personCreated = (p: Person) => {
    const r = personRecord(p);
    setChosen(new Map(chosen).set(keyOf(r), r));
    setCreated((c) => [r, ...c]);
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

  const fresh = created.filter((c) => c.kind === kind);
  const shown =
    rows === null ? [] : [...fresh, ...rows.filter((r) => !fresh.some((c) => keyOf(c) === keyOf(r)))];
  return (
    <Stack gap="md">
      <RegistryKindSwitch label={t.kind} value={kind} onChange={setKind} />
      <Group align="flex-end" gap="sm">
        <RegistrySearchInput
          label={t.pickerSearch}
          placeholder={t.pickerSearchPlaceholder}
          style={{ flex: 1 }}
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
      <RegistryCheckList
        label={t.pickerResults}
        maxHeight={320}
        busy={searching}
        rows={shown}
        error={error}
        empty={searching ? t.pickerSearching : rows === null ? t.pickerTypeToSearch : t.pickerNoResult}
        isChecked={(r) => chosen.has(keyOf(r))}
        onToggle={toggle}
        note={(r) => (inList.has(keyOf(r)) ? t.pickerInList : null)}
      />
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
