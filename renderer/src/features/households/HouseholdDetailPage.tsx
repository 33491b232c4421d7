import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import type { Household } from '../../../../shared/schemas/registry/households';
import { hashOf } from '../../app/areas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { formatStamp } from '../../components/formatStamp';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { Page, PAGE_TITLE_ID } from '../../components/Page';
import { SectionCard } from '../../components/SectionCard';
import { RecordHistory } from '../history/RecordHistory';
import { HouseholdFormModal } from './HouseholdFormModal';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';

const back = (
  <Anchor href={hashOf('households')} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.back}
    </Group>
  </Anchor>
);

/** A household's page (`#/ho-gia-dinh/<id>`): its fields, edit, trash and restore. */
export function HouseholdDetailPage({ id }: { id: number }) {
  const detail = useHouseholds((s) => s.detail);
  const loadDetail = useHouseholds((s) => s.loadDetail);

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const household = detail.id === id ? detail.household : null;
  const householdId = household?.id;
  useEffect(() => {
    if (householdId !== undefined) document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [householdId]);

  if (!household) {
    return (
      <Page title={t.listTitle} back={back}>
        {detail.status === 'error' && detail.error ? (
          <LoadError
            title={t.detailLoadFailed}
            message={detail.error}
            retryLabel={t.retry}
            onRetry={() => void loadDetail(id)}
          />
        ) : (
          <Loading label={t.detailLoading} />
        )}
      </Page>
    );
  }
  return <HouseholdDetails household={household} />;
}

function HouseholdDetails({ household }: { household: Household }) {
  const remove = useHouseholds((s) => s.remove);
  const restore = useHouseholds((s) => s.restore);
  const saving = useHouseholds((s) => s.saving);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const trashed = household.deletedAt !== null;

  const run = async (action: typeof remove, done: (name: string) => string) => {
    const result = await action(household.id);
    setConfirming(false);
    if (result.ok) notifyDone(done(result.value.headName));
    else notifyFailed(t.actionFailedTitle, result.message);
  };

  const actions = trashed ? (
    <Button
      leftSection={<IconRestore size={18} aria-hidden />}
      loading={saving}
      onClick={() => void run(restore, t.restored)}
    >
      {t.restore}
    </Button>
  ) : (
    <>
      <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing(true)}>
        {t.edit}
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={18} aria-hidden />}
        onClick={() => setConfirming(true)}
      >
        {t.delete}
      </Button>
    </>
  );

  const lead = (
    <Group gap="xs" component="span">
      <span>{t.headLead}</span>
      {household.residentialGroupName ? <span>· {household.residentialGroupName}</span> : null}
      {trashed ? (
        <Badge color="red" variant="light" tt="none" fw={500}>
          {t.inTrash}
        </Badge>
      ) : null}
    </Group>
  );

  return (
    <Page title={household.headName} back={back} lead={lead} actions={actions}>
      {trashed ? (
        <Alert color="red" variant="light" icon={<IconTrash aria-hidden />}>
          <Text>{t.inTrashText}</Text>
        </Alert>
      ) : null}

      <SectionCard title={t.detailsTitle}>
        <DetailList
          emptyText={t.notGiven}
          items={[
            { label: t.headName, value: household.headName },
            { label: t.address, value: household.address },
            {
              label: t.group,
              value: household.residentialGroupUnitId ? (
                <Anchor href={hashOf('units', household.residentialGroupUnitId)}>
                  {household.residentialGroupName}
                </Anchor>
              ) : null,
            },
            {
              label: t.memberCount,
              value: household.memberCount === null ? null : String(household.memberCount),
            },
            { label: t.phone, value: household.phone },
            { label: t.note, value: household.note },
            { label: t.createdAt, value: formatStamp(household.createdAt) },
            { label: t.updatedAt, value: formatStamp(household.updatedAt) },
          ]}
        />
      </SectionCard>

      <SectionCard title={t.awardsTitle}>
        <Text c="dimmed">{t.awardsLater}</Text>
      </SectionCard>
      <SectionCard title={t.exemplarsTitle}>
        <Text c="dimmed">{t.exemplarsLater}</Text>
      </SectionCard>
      <RecordHistory
        entity="households"
        entityId={household.id}
        name={household.headName}
        version={`${household.updatedAt}|${household.deletedAt ?? ''}`}
      />

      <HouseholdFormModal opened={editing} household={household} onClose={() => setEditing(false)} />
      <ConfirmDialog
        opened={confirming}
        title={t.deleteTitle}
        text={t.deleteText(household.headName)}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        busy={saving}
        onConfirm={() => void run(remove, t.deleted)}
        onCancel={() => setConfirming(false)}
      />
    </Page>
  );
}
