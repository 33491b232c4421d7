import { Alert, Anchor, Group, Text } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { formatPeriod, MOVEMENT_KIND_LABELS } from '../../../../shared/domain/movements';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { hashOf } from '../../app/areas';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Page, PAGE_TITLE_ID } from '../../components/Page';
import { MovementModels } from '../exemplars/MovementModels';
import { RecordHistory } from '../history/RecordHistory';
import { MovementRegistrations } from '../registrations/MovementRegistrations';
import { MovementActions } from './MovementActions';
import { MovementDecisions } from './MovementDecisions';
import { MovementCriteria, MovementInfo, MovementUnits } from './MovementDetails';
import { MOVEMENT_TAB_SLUGS } from './routes';
import { ArchivedBadge, MovementStatusBadge } from './StatusBadge';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

const back = (
  <Anchor href={hashOf('movements', MOVEMENT_TAB_SLUGS.list)} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.backToList}
    </Group>
  </Anchor>
);

/**
 * One movement (`#/phong-trao/danh-sach/<id>`): its details, criteria and units, the status steps,
 * then the registrations, exemplary models and award decisions that belong to it.
 */
export function MovementPage({ id }: { id: number }) {
  const detail = useMovements((s) => s.detail);
  const loadDetail = useMovements((s) => s.loadDetail);
  const focused = useRef(false);

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const movement = detail.id === id ? detail.movement : null;

  // Coming from the list, focus goes to the movement's name, as on a new page.
  useEffect(() => {
    if (!movement || focused.current) return;
    focused.current = true;
    document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [movement]);

  if (!movement) {
    const failed = detail.id === id && detail.status === 'error';
    return (
      <Page title={failed ? t.pageLoadFailed : t.pageLoading} back={back}>
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

  const closed = movement.status === 'closed';
  const archived = movement.archivedAt !== null;
  // Registrations and models of a closed or archived movement are only shown (the main process refuses changes too).
  const readOnly = closed || archived;

  return (
    <Page
      title={movement.name}
      back={back}
      lead={
        <Group gap="xs" component="span">
          <span>{MOVEMENT_KIND_LABELS[movement.kind]}</span>
          <span>· {formatPeriod(movement.periodFromYear, movement.periodToYear)}</span>
          {movement.docNumber ? <span>· {movement.docNumber}</span> : null}
          <MovementStatusBadge status={movement.status} />
          {archived ? <ArchivedBadge /> : null}
        </Group>
      }
      actions={<MovementActions movement={movement} />}
    >
      {archived ? (
        <Alert variant="light" color="gray" icon={<IconArchive aria-hidden />}>
          <Text id="movement-readonly-reason">{t.archivedBanner}</Text>
        </Alert>
      ) : closed ? (
        <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
          <Text id="movement-readonly-reason">
            {t.closedBanner(movement.closedAt ? formatDate(todayIso(new Date(movement.closedAt))) : null)}
          </Text>
        </Alert>
      ) : null}
      <MovementInfo movement={movement} />
      <MovementCriteria movement={movement} />
      <MovementUnits movement={movement} />
      <MovementRegistrations movementId={movement.id} readOnly={readOnly} />
      <MovementModels movementId={movement.id} readOnly={readOnly} />
      <MovementDecisions decisions={detail.decisions} />
      <RecordHistory
        entity="movements"
        entityId={movement.id}
        name={movement.name}
        version={movement.updatedAt}
      />
    </Page>
  );
}
