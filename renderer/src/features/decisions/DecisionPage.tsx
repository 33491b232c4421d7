import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBan, IconPencil, IconSignature, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { DECISION_METHOD_LABELS } from '../../../../shared/domain/decisions';
import { formatDate } from '../../../../shared/rules/dates';
import type { Decision } from '../../../../shared/schemas/decisions';
import { hashOf } from '../../app/areas';
import { movementSubpath } from '../movements/routes';
import { useNavigation } from '../../app/navigation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { DecisionDocuments } from '../certificates/DecisionDocuments';
import { CorrectionsList } from './CorrectionsList';
import { CancelDialog, SignDialog } from './DecisionDialogs';
import { DecisionFormModal } from './DecisionFormModal';
import { useDecisionPage } from './decisionStore';
import { RecipientsList } from './RecipientsList';
import { StatusBadge } from './StatusBadge';
import { decisionsTexts as t } from './texts';

type Dialog = 'edit' | 'correct' | 'sign' | 'cancel' | 'delete' | null;

/** A decision (`#/khen-thuong/quyet-dinh/<id>`): its header and actions by status, its list, its corrections. */
export function DecisionPage({ id }: { id: number }) {
  const decision = useDecisionPage((s) => s.decision);
  const lines = useDecisionPage((s) => s.lines);
  const status = useDecisionPage((s) => s.status);
  const error = useDecisionPage((s) => s.error);
  const load = useDecisionPage((s) => s.load);
  const remove = useDecisionPage((s) => s.remove);
  const busy = useDecisionPage((s) => s.busy);
  const go = useNavigation((s) => s.go);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<number[]>([]);

  useEffect(() => {
    void load(id);
  }, [id, load]);

  const back = (
    <Anchor href={hashOf('awards', 'quyet-dinh')} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t.back}
      </Group>
    </Anchor>
  );

  if (!decision || decision.id !== id) {
    return (
      <Stack gap="md">
        {back}
        {status === 'error' && error ? (
          <LoadError
            title={t.loadDecisionFailed}
            message={error}
            retryLabel={t.retry}
            onRetry={() => void load(id)}
          />
        ) : (
          <Loading label={t.loadingDecision} />
        )}
      </Stack>
    );
  }

  const close = () => setDialog(null);
  const deleteDraft = async () => {
    const result = await remove();
    if (result.ok) {
      notifyDone(t.deleted);
      close();
      go('awards', 'quyet-dinh');
    } else notifyFailed(t.actionFailedTitle, result.message);
  };
  const selectedIds = selected.filter((s) => lines.some((l) => l.id === s));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {back}
        <Group gap="sm" align="center">
          <Title order={2}>{t.pageTitle(decision.numberText, decision.status === 'draft')}</Title>
          <StatusBadge status={decision.status} />
        </Group>
        {decision.subject ? <Text c="dimmed">{decision.subject}</Text> : null}
        <Group gap="sm" align="flex-start" mt="xs">
          <Actions decision={decision} onOpen={setDialog} />
          <DecisionDocuments
            decision={decision}
            lines={lines}
            selectedLineIds={selectedIds}
            onPrinted={() => void useDecisionPage.getState().refresh()}
          />
        </Group>
      </Stack>

      {decision.status === 'cancelled' && decision.cancelReason ? (
        <Alert color="gray" variant="light" icon={<IconBan aria-hidden />}>
          {t.cancelledBecause(decision.cancelReason)}
        </Alert>
      ) : null}

      <Paper withBorder p="lg" component="section" aria-label={t.detailsSection}>
        <DetailList emptyText="—" items={detailItems(decision)} />
      </Paper>

      <RecipientsList decision={decision} selected={selectedIds} onSelect={setSelected} />

      {decision.status !== 'draft' ? <CorrectionsList /> : null}

      <DecisionFormModal opened={dialog === 'edit'} mode="edit" decision={decision} onClose={close} />
      <DecisionFormModal opened={dialog === 'correct'} mode="correct" decision={decision} onClose={close} />
      <SignDialog opened={dialog === 'sign'} onClose={close} />
      <CancelDialog opened={dialog === 'cancel'} onClose={close} />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t.deleteTitle}
        text={t.deleteExplain}
        confirmLabel={t.deleteDraft}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={18} aria-hidden />}
        onConfirm={() => void deleteDraft()}
        onCancel={close}
      />
    </Stack>
  );
}

function Actions({ decision, onOpen }: { decision: Decision; onOpen(d: Dialog): void }) {
  if (decision.status === 'draft')
    return (
      <>
        <Button
          variant="default"
          leftSection={<IconPencil size={18} aria-hidden />}
          onClick={() => onOpen('edit')}
        >
          {t.edit}
        </Button>
        <Button leftSection={<IconSignature size={18} aria-hidden />} onClick={() => onOpen('sign')}>
          {t.sign}
        </Button>
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => onOpen('delete')}
        >
          {t.deleteDraft}
        </Button>
      </>
    );
  if (decision.status === 'signed')
    return (
      <>
        <Button
          variant="default"
          leftSection={<IconPencil size={18} aria-hidden />}
          onClick={() => onOpen('correct')}
        >
          {t.correct}
        </Button>
        <Button
          variant="default"
          color="red"
          leftSection={<IconBan size={18} aria-hidden />}
          onClick={() => onOpen('cancel')}
        >
          {t.cancelDecision}
        </Button>
      </>
    );
  return null;
}

function detailItems(d: Decision) {
  const period =
    d.achievementFrom || d.achievementTo
      ? `${d.achievementFrom ? formatDate(d.achievementFrom) : '…'} – ${d.achievementTo ? formatDate(d.achievementTo) : '…'}`
      : null;
  return [
    { label: t.decisionDate, value: d.decisionDate ? formatDate(d.decisionDate) : null },
    { label: t.signer, value: d.signer ? t.signedBy(d.signer.title, d.signer.name) : null },
    { label: t.award, value: d.catalogueName },
    { label: t.method, value: DECISION_METHOD_LABELS[d.method] },
    {
      label: t.movement,
      value:
        d.movementId === null ? null : (
          <Anchor href={hashOf('movements', ...movementSubpath(d.movementId))}>{d.movementName}</Anchor>
        ),
    },
    { label: t.period, value: period },
    { label: t.defaultAchievement, value: d.defaultAchievement },
    { label: t.legalBases, value: d.legalBases.length ? d.legalBases.join('\n') : null },
  ];
}
