import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import type { Person } from '../../../../shared/schemas/registry/people';
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
import { birthText } from './personForm';
import { PersonFormModal } from './PersonFormModal';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';

const back = (
  <Anchor href={hashOf('people')} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.back}
    </Group>
  </Anchor>
);

/** A person's page (`#/ca-nhan/<id>`): every field, edit, trash and restore; awards come later. */
export function PersonDetailPage({ id }: { id: number }) {
  const detail = usePeople((s) => s.detail);
  const loadDetail = usePeople((s) => s.loadDetail);

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const person = detail.id === id ? detail.person : null;

  // The heading is the person's name: focus moves there once it is known, as after a page load.
  const personId = person?.id;
  useEffect(() => {
    if (personId !== undefined) document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [personId]);

  if (!person) {
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
  return <PersonDetails person={person} />;
}

function PersonDetails({ person }: { person: Person }) {
  const remove = usePeople((s) => s.remove);
  const restore = usePeople((s) => s.restore);
  const saving = usePeople((s) => s.saving);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const trashed = person.deletedAt !== null;

  const run = async (action: typeof remove, done: (name: string) => string) => {
    const result = await action(person.id);
    setConfirming(false);
    if (result.ok) notifyDone(done(result.value.fullName));
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
      {person.unitName ? <span>{person.unitName}</span> : null}
      <Badge color={person.active ? 'green' : 'gray'} variant="light" tt="none" fw={500}>
        {person.active ? t.activeBadge : t.inactiveBadge}
      </Badge>
      {trashed ? (
        <Badge color="red" variant="light" tt="none" fw={500}>
          {t.inTrash}
        </Badge>
      ) : null}
    </Group>
  );

  return (
    <Page title={person.fullName} back={back} lead={lead} actions={actions}>
      {trashed ? (
        <Alert color="red" variant="light" icon={<IconTrash aria-hidden />}>
          <Text>{t.inTrashText}</Text>
        </Alert>
      ) : null}

      <SectionCard title={t.detailsTitle}>
        <DetailList
          emptyText={t.notGiven}
          items={[
            { label: t.gender, value: person.gender ? GENDER_LABELS[person.gender] : null },
            { label: t.birth, value: birthText(person) },
            {
              label: t.unit,
              value: person.unitId ? (
                <Anchor href={hashOf('units', person.unitId)}>{person.unitName}</Anchor>
              ) : null,
            },
            { label: t.position, value: person.position },
            {
              label: t.staffCategory,
              value: person.staffCategory ? STAFF_CATEGORY_LABELS[person.staffCategory] : null,
            },
            { label: t.identityNumber, value: person.identityNumber },
            { label: t.phone, value: person.phone },
            { label: t.address, value: person.address },
            { label: t.note, value: person.note },
            { label: t.createdAt, value: formatStamp(person.createdAt) },
            { label: t.updatedAt, value: formatStamp(person.updatedAt) },
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
        entity="people"
        entityId={person.id}
        name={person.fullName}
        version={`${person.updatedAt}|${person.deletedAt ?? ''}`}
      />

      <PersonFormModal opened={editing} person={person} onClose={() => setEditing(false)} />
      <ConfirmDialog
        opened={confirming}
        title={t.deleteTitle}
        text={t.deleteText(person.fullName)}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        busy={saving}
        onConfirm={() => void run(remove, t.deleted)}
        onCancel={() => setConfirming(false)}
      />
    </Page>
  );
}
