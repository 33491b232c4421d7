import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { hashOf, type AreaId } from '../../app/areas';
import { RecordHistory } from '../history/RecordHistory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList, type DetailItem } from '../../components/DetailList';
import { formatStamp } from '../../components/formatStamp';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { Page, PAGE_TITLE_ID } from '../../components/Page';
import type { RegistryStoreHook } from '../../components/registryStore';
import { SectionCard } from '../../components/SectionCard';

/** The words of a registry's detail page, from its texts module. */
export interface RecordDetailTexts {
  listTitle: string;
  back: string;
  detailLoading: string;
  detailLoadFailed: string;
  retry: string;
  actionFailedTitle: string;
  edit: string;
  delete: string;
  deleteTitle: string;
  deleteText(name: string): string;
  deleted(name: string): string;
  restore: string;
  restored(name: string): string;
  cancel: string;
  inTrash: string;
  inTrashText: string;
  detailsTitle: string;
  notGiven: string;
  createdAt: string;
  updatedAt: string;
  awardsTitle: string;
  awardsLater: string;
  exemplarsTitle: string;
  exemplarsLater: string;
}

interface DetailRecord {
  id: number;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RecordDetailPageProps<Rec extends DetailRecord> {
  id: number;
  /** The registry's area: the way back leads to its list. */
  area: AreaId;
  /** The table name, for the record's change history. */
  entity: string;
  useStore: RegistryStoreHook<unknown, Rec>;
  texts: RecordDetailTexts;
  /** The page title and the name in messages. */
  nameOf(record: Rec): string;
  /** Beside the title, before the trash badge. */
  lead(record: Rec): ReactNode;
  /** The record's own fields (created and updated follow them). */
  items(record: Rec): DetailItem[];
  editForm(record: Rec, opened: boolean, onClose: () => void): ReactNode;
  /** The record's awards section; without it the page says awards come later. */
  awards?(record: Rec): ReactNode;
}

/**
 * A registry record's page (people, households): its fields, edit, trash and restore, the awards
 * to come and its change history; loading and load failure until the record is known.
 */
export function RecordDetailPage<Rec extends DetailRecord>(props: RecordDetailPageProps<Rec>) {
  const { id, area, useStore, texts: t } = props;
  const detail = useStore((s) => s.detail);
  const loadDetail = useStore((s) => s.loadDetail);

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const record = detail.id === id ? detail.record : null;

  // The heading is the record's name: focus moves there once it is known, as after a page load.
  const recordId = record?.id;
  useEffect(() => {
    if (recordId !== undefined) document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [recordId]);

  const back = (
    <Anchor href={hashOf(area)} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t.back}
      </Group>
    </Anchor>
  );

  if (!record) {
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
  return <RecordDetails {...props} record={record} back={back} />;
}

function RecordDetails<Rec extends DetailRecord>({
  record,
  back,
  entity,
  useStore,
  texts: t,
  nameOf,
  lead,
  items,
  editForm,
  awards,
}: RecordDetailPageProps<Rec> & { record: Rec; back: ReactNode }) {
  const remove = useStore((s) => s.remove);
  const restore = useStore((s) => s.restore);
  const saving = useStore((s) => s.saving);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const trashed = record.deletedAt !== null;
  const name = nameOf(record);

  const run = async (action: typeof remove, done: (name: string) => string) => {
    const result = await action(record.id);
    setConfirming(false);
    if (result.ok) notifyDone(done(nameOf(result.value)));
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

  const leadLine = (
    <Group gap="xs" component="span">
      {lead(record)}
      {trashed ? (
        <Badge color="red" variant="light" tt="none" fw={500}>
          {t.inTrash}
        </Badge>
      ) : null}
    </Group>
  );

  return (
    <Page title={name} back={back} lead={leadLine} actions={actions}>
      {trashed ? (
        <Alert color="red" variant="light" icon={<IconTrash aria-hidden />}>
          <Text>{t.inTrashText}</Text>
        </Alert>
      ) : null}

      <SectionCard title={t.detailsTitle}>
        <DetailList
          emptyText={t.notGiven}
          items={[
            ...items(record),
            { label: t.createdAt, value: formatStamp(record.createdAt) },
            { label: t.updatedAt, value: formatStamp(record.updatedAt) },
          ]}
        />
      </SectionCard>

      {awards ? (
        awards(record)
      ) : (
        <SectionCard title={t.awardsTitle}>
          <Text c="dimmed">{t.awardsLater}</Text>
        </SectionCard>
      )}
      <SectionCard title={t.exemplarsTitle}>
        <Text c="dimmed">{t.exemplarsLater}</Text>
      </SectionCard>
      <RecordHistory
        entity={entity}
        entityId={record.id}
        name={name}
        version={`${record.updatedAt}|${record.deletedAt ?? ''}`}
      />

      {editForm(record, editing, () => setEditing(false))}
      <ConfirmDialog
        opened={confirming}
        title={t.deleteTitle}
        text={t.deleteText(name)}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        busy={saving}
        onConfirm={() => void run(remove, t.deleted)}
        onCancel={() => setConfirming(false)}
      />
    </Page>
  );
}
