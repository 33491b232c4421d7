import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { baseSalaryOn } from '../../../../shared/rules/award-money';
import { todayIso } from '../../../../shared/rules/dates';
import { formatMoney } from '../../../../shared/rules/money';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { CatalogueForm } from './CatalogueForm';
import { CatalogueTable } from './CatalogueTable';
import { useCatalogue } from './store';
import { awardsTexts as t } from './texts';

type Dialog = { kind: 'form'; entry: CatalogueEntry | null } | { kind: 'delete'; entry: CatalogueEntry };

/** Danh mục khen thưởng: titles and forms in two tables, with the money each pays today. */
export function CataloguePanel() {
  const status = useCatalogue((s) => s.status);
  const error = useCatalogue((s) => s.error);
  const entries = useCatalogue((s) => s.entries);
  const salaries = useCatalogue((s) => s.salaries);
  const householdRounding = useCatalogue((s) => s.householdRounding);
  const load = useCatalogue((s) => s.load);
  const setActive = useCatalogue((s) => s.setActive);
  const busy = useCatalogue((s) => s.busy);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'error' && error)
    return (
      <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
    );
  if (status !== 'ready' && entries.length === 0) return <Loading label={t.loading} />;

  const baseSalary = baseSalaryOn(salaries, todayIso(new Date()));
  const changeActive = async (entry: CatalogueEntry, active: boolean) => {
    const result = await setActive(entry.id, active);
    if (result.ok) notifyDone(active ? t.reactivatedDone(entry.name) : t.retiredDone(entry.name));
    else notifyFailed(t.actionFailedTitle, result.message);
  };
  const table = (label: string, kind: CatalogueEntry['kind']) => (
    <Stack gap="xs" component="section" aria-label={label}>
      <Title order={2} size="h4">
        {label}
      </Title>
      <CatalogueTable
        label={label}
        entries={entries.filter((e) => e.kind === kind)}
        baseSalary={baseSalary}
        householdRounding={householdRounding}
        onEdit={(entry) => setDialog({ kind: 'form', entry })}
        onSetActive={(entry, active) => void changeActive(entry, active)}
        onDelete={(entry) => setDialog({ kind: 'delete', entry })}
      />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" maw={640}>
          {baseSalary === null ? t.noSalaryToday : t.moneyAt(formatMoney(baseSalary))}
        </Text>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setDialog({ kind: 'form', entry: null })}
        >
          {t.add}
        </Button>
      </Group>
      {table(t.titlesSection, 'title')}
      {table(t.formsSection, 'form')}
      <Modal
        opened={dialog !== null}
        onClose={() => !busy && close()}
        title={
          dialog === null
            ? ''
            : dialog.kind === 'delete'
              ? t.deleteTitle(dialog.entry.name)
              : dialog.entry
                ? t.editTitle(dialog.entry.name)
                : t.addTitle
        }
        size="lg"
      >
        {dialog?.kind === 'form' ? <CatalogueForm entry={dialog.entry} onDone={close} /> : null}
        {dialog?.kind === 'delete' ? <DeleteEntry entry={dialog.entry} onDone={close} /> : null}
      </Modal>
    </Stack>
  );
}

function DeleteEntry({ entry, onDone }: { entry: CatalogueEntry; onDone(): void }) {
  const remove = useCatalogue((s) => s.remove);
  const busy = useCatalogue((s) => s.busy);
  const confirm = async () => {
    const result = await remove(entry.id);
    if (result.ok) {
      notifyDone(t.deleted(entry.name));
      onDone();
    } else {
      notifyFailed(t.deleteFailedTitle, result.message);
    }
  };
  return (
    <Stack gap="md">
      <Text>{t.deleteExplain}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy} data-autofocus>
          {t.cancel}
        </Button>
        <Button
          color="red"
          loading={busy}
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => void confirm()}
        >
          {t.deleteConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
