import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconInfoCircle,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import type { Unit } from '../../../../shared/schemas/registry/units';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { Page, PAGE_TITLE_ID } from '../../components/Page';
import { RecordHistory } from '../history/RecordHistory';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';
import { UnitDetails } from './UnitDetails';
import { UnitDialogs } from './UnitDialogs';
import { UnitLink } from './UnitLink';
import { UnitStatus } from './UnitStatus';

const back = (
  <Anchor href={hashOf('units')} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.backToList}
    </Group>
  </Anchor>
);

/** One unit's page (`#/don-vi/<id>`): its details, sub-units, people, and what can be done with it. */
export function UnitDetailPage({ id }: { id: number }) {
  const detail = useUnits((s) => s.detail);
  const loadDetail = useUnits((s) => s.loadDetail);
  const leaveDetail = useUnits((s) => s.leaveDetail);
  const go = useNavigation((s) => s.go);
  const focused = useRef(false);

  useEffect(() => {
    void loadDetail(id);
    return leaveDetail;
  }, [id, loadDetail, leaveDetail]);

  const unit = detail.id === id ? detail.data : null;

  // Coming from the list, focus goes to the unit's name, as on a new page.
  useEffect(() => {
    if (!unit || focused.current) return;
    focused.current = true;
    document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [unit]);

  if (!unit) {
    const failed = detail.id === id && detail.status === 'error';
    return (
      <Page title={failed && detail.notFound ? t.notFoundTitle : t.detailLoadingTitle} back={back}>
        {failed ? (
          <LoadError
            title={t.detailLoadFailed}
            message={detail.error ?? ''}
            retryLabel={t.retry}
            onRetry={() => void loadDetail(id)}
          />
        ) : (
          <Loading label={t.detailLoading} />
        )}
      </Page>
    );
  }

  return (
    <Page
      title={unit.name}
      back={back}
      lead={
        <Group gap="xs" component="span">
          <span>{UNIT_KIND_LABELS[unit.kind]}</span>
          {unit.shortName ? <span>· {unit.shortName}</span> : null}
          <UnitStatus unit={unit} />
          {unit.deletedAt ? (
            <Badge color="red" variant="light" tt="none" fw={500}>
              {t.tabTrash}
            </Badge>
          ) : null}
        </Group>
      }
      actions={<DetailActions unit={unit} />}
    >
      {unit.deletedAt ? (
        <Alert variant="light" color="red" icon={<IconTrash aria-hidden />}>
          <Text>{t.trashedBanner}</Text>
        </Alert>
      ) : !unit.active ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          <Text>{t.inactiveBanner(unit.activeTo)}</Text>
          {unit.successor ? (
            <Text>
              {t.successorIs} <UnitLink unit={unit.successor} />
            </Text>
          ) : null}
        </Alert>
      ) : null}
      <UnitDetails unit={unit} />
      <RecordHistory
        entity="units"
        entityId={unit.id}
        name={unit.name}
        version={`${unit.updatedAt}|${unit.deletedAt ?? ''}|${String(unit.active)}`}
      />
      <UnitDialogs onDeleted={() => go('units')} />
    </Page>
  );
}

function DetailActions({ unit }: { unit: Unit }) {
  const openEdit = useUnits((s) => s.openEdit);
  const openDeactivate = useUnits((s) => s.openDeactivate);
  const openDelete = useUnits((s) => s.openDelete);
  const reactivate = useUnits((s) => s.reactivate);
  const restore = useUnits((s) => s.restore);
  const busy = useUnits((s) => s.busy);

  const run = async (
    action: (id: number) => ReturnType<typeof reactivate>,
    done: (name: string) => string,
  ) => {
    const result = await action(unit.id);
    if (result.ok) notifyDone(done(result.value.name));
    else notifyFailed(t.actionFailedTitle, result.message);
  };

  if (unit.deletedAt) {
    return (
      <Button
        leftSection={<IconRestore size={18} aria-hidden />}
        disabled={busy}
        onClick={() => void run(restore, t.restored)}
      >
        {t.restore}
      </Button>
    );
  }
  return (
    <>
      <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => void openEdit(unit)}>
        {t.edit}
      </Button>
      {unit.active ? (
        <Button
          variant="default"
          leftSection={<IconPlayerPause size={18} aria-hidden />}
          onClick={() => openDeactivate(unit)}
        >
          {t.deactivate}
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          disabled={busy}
          onClick={() => void run(reactivate, t.reactivated)}
        >
          {t.reactivate}
        </Button>
      )}
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={18} aria-hidden />}
        onClick={() => openDelete(unit)}
      >
        {t.delete}
      </Button>
    </>
  );
}
