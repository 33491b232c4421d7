import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconLock, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { EXEMPLAR_STAGE_LABELS } from '../../../../shared/domain/exemplars';
import { formatDate } from '../../../../shared/rules/dates';
import type { Exemplar } from '../../../../shared/schemas/exemplars';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { Page } from '../../components/Page';
import { SectionCard } from '../../components/SectionCard';
import { EvidenceSection } from './EvidenceSection';
import { ExemplarFormModal } from './ExemplarFormModal';
import { MoveStageMenu } from './MoveStageMenu';
import { StageTimeline } from './StageTimeline';
import { useExemplars } from './store';
import { exemplarsTexts as t } from './texts';

const back = (
  <Anchor href={hashOf('exemplars')} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.backToBoard}
    </Group>
  </Anchor>
);

function Details({ model: m }: { model: Exemplar }) {
  return (
    <DetailList
      emptyText={t.notGiven}
      items={[
        {
          label: t.detailSubject,
          value: `${m.subjectName} (${RECIPIENT_KIND_LABELS[m.subjectKind].toLowerCase()})${m.subjectDetail ? ` · ${m.subjectDetail}` : ''}`,
        },
        { label: t.detailStage, value: t.stageSince(EXEMPLAR_STAGE_LABELS[m.stage], formatDate(m.stageOn)) },
        { label: t.detailField, value: m.field },
        { label: t.detailMovement, value: m.movementName },
        { label: t.detailDiscovered, value: formatDate(m.discoveredOn) },
        { label: t.detailSource, value: m.source },
        {
          label: t.detailDescription,
          value: m.description ? <Text style={{ whiteSpace: 'pre-line' }}>{m.description}</Text> : null,
        },
      ]}
    />
  );
}

/** One model (`#/dien-hinh-tien-tien/<id>`): details, the stage history, the evidence files. */
export function ExemplarPage({ id }: { id: number }) {
  const detail = useExemplars((s) => s.detail);
  const busy = useExemplars((s) => s.busy);
  const loadDetail = useExemplars((s) => s.loadDetail);
  const remove = useExemplars((s) => s.remove);
  const go = useNavigation((s) => s.go);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const model = detail.id === id ? detail.model : null;
  if (!model) {
    const failed = detail.id === id && detail.status === 'error';
    return (
      <Page title={t.pageLoading} back={back}>
        {failed ? (
          <LoadError
            title={t.pageLoadFailed}
            message={detail.error ?? ''}
            retryLabel={t.retry}
            onRetry={() => void loadDetail(id)}
          />
        ) : (
          <Loading label={t.pageLoading} />
        )}
      </Page>
    );
  }

  const confirmDelete = async () => {
    const result = await remove(model.id);
    setDeleting(false);
    if (!result.ok) return notifyFailed(t.actionFailedTitle, result.message);
    notifyDone(t.removed(model.title));
    go('exemplars');
  };

  const actions = model.readOnly ? null : (
    <>
      <MoveStageMenu model={model} size="sm" />
      <Button
        variant="default"
        leftSection={<IconEdit size={16} aria-hidden />}
        onClick={() => setEditing(true)}
      >
        {t.edit}
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setDeleting(true)}
      >
        {t.remove}
      </Button>
    </>
  );

  const lead = (
    <Group gap="xs">
      <Badge variant="light">{EXEMPLAR_STAGE_LABELS[model.stage]}</Badge>
      {model.readOnly ? (
        <Badge variant="light" color="gray" leftSection={<IconLock size={12} aria-hidden />}>
          {t.readOnlyBadge}
        </Badge>
      ) : null}
    </Group>
  );

  return (
    <Page title={model.title} back={back} lead={lead} actions={actions}>
      {model.readOnly ? <Alert color="gray">{t.readOnlyHint}</Alert> : null}
      <Paper withBorder p="lg">
        <Details model={model} />
      </Paper>
      <Stack gap="lg">
        <SectionCard title={t.historyTitle}>
          <StageTimeline history={model.history} />
        </SectionCard>
        <EvidenceSection modelId={model.id} evidence={detail.evidence} readOnly={model.readOnly} />
      </Stack>
      <ExemplarFormModal opened={editing} model={model} onClose={() => setEditing(false)} />
      <ConfirmDialog
        opened={deleting}
        title={t.removeTitle}
        text={t.removeText(model.title)}
        confirmLabel={t.remove}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(false)}
      />
    </Page>
  );
}
