import { Button, Menu, Modal, Tooltip } from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconChevronDown,
  IconDoorExit,
  IconLockOpen,
  IconPencil,
  IconPlayerPlay,
  IconSpeakerphone,
  IconChecklist,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import {
  MOVEMENT_STATUS_LABELS,
  NEXT_MOVEMENT_STATUS,
  type MovementStatus,
} from '../../../../shared/domain/movements';
import type { Movement } from '../../../../shared/schemas/movements';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { DeleteMovementDialog, ReopenForm } from './MovementDialogs';
import { MovementForm } from './MovementForm';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

type Dialog = 'edit' | 'close' | 'reopen' | 'delete' | null;

/** The button that moves the movement one step on, by its current status. */
const STEP = {
  draft: { label: t.launch, icon: IconSpeakerphone },
  launched: { label: t.start, icon: IconPlayerPlay },
  in_progress: { label: t.review, icon: IconChecklist },
  reviewing: { label: t.closeMovement, icon: IconDoorExit },
} as const;

/** Status steps, sửa, lưu trữ, xóa: what the office does with the movement itself. */
export function MovementActions({ movement: m }: { movement: Movement }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const busy = useMovements((s) => s.busy);
  const setStatus = useMovements((s) => s.setStatus);
  const archive = useMovements((s) => s.archive);
  const close = () => setDialog(null);
  const closed = m.status === 'closed';
  const archived = m.archivedAt !== null;
  const editBlocked = archived ? t.editDisabledArchived : closed ? t.editDisabledClosed : null;

  const move = async (status: MovementStatus) => {
    const result = await setStatus(m.id, status);
    if (result.ok) {
      notifyDone(t.statusChanged(MOVEMENT_STATUS_LABELS[status]));
      close();
    } else notifyFailed(t.actionFailedTitle, result.message);
  };
  const setArchived = async (value: boolean) => {
    const result = await archive(m.id, value);
    if (result.ok) {
      notifyDone(value ? t.archivedDone : t.unarchivedDone);
      close();
    } else notifyFailed(t.actionFailedTitle, result.message);
  };

  const next = NEXT_MOVEMENT_STATUS[m.status];
  const step = m.status === 'closed' ? null : STEP[m.status];
  let statusButton = null;
  if (archived)
    statusButton = (
      <Button
        leftSection={<IconArchiveOff size={18} aria-hidden />}
        loading={busy}
        onClick={() => void setArchived(false)}
      >
        {t.unarchive}
      </Button>
    );
  else if (closed)
    statusButton = (
      <Button leftSection={<IconLockOpen size={18} aria-hidden />} onClick={() => setDialog('reopen')}>
        {t.reopen}
      </Button>
    );
  else if (step && next)
    statusButton = (
      <Button
        leftSection={<step.icon size={18} aria-hidden />}
        loading={busy}
        onClick={() => (next === 'closed' ? setDialog('close') : void move(next))}
      >
        {step.label}
      </Button>
    );

  return (
    <>
      {statusButton}
      {/* A disabled button gets no pointer events: the tooltip sits on a wrapper and the reason is also in the banner. */}
      <Tooltip label={editBlocked} disabled={editBlocked === null}>
        <span>
          <Button
            variant="default"
            leftSection={<IconPencil size={18} aria-hidden />}
            disabled={editBlocked !== null}
            aria-describedby={editBlocked ? 'movement-readonly-reason' : undefined}
            onClick={() => setDialog('edit')}
          >
            {t.edit}
          </Button>
        </span>
      </Tooltip>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t.more}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(m.status === 'launched' || m.status === 'in_progress') && !archived ? (
            <Menu.Item
              leftSection={<IconDoorExit size={16} aria-hidden />}
              onClick={() => setDialog('close')}
            >
              {t.closeMovement}
            </Menu.Item>
          ) : null}
          {archived ? null : (
            <Menu.Item
              leftSection={<IconArchive size={16} aria-hidden />}
              onClick={() => void setArchived(true)}
            >
              {t.archive}
            </Menu.Item>
          )}
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDialog('delete')}
          >
            {t.delete}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal opened={dialog === 'edit'} onClose={close} title={t.formEditTitle} size="xl">
        {dialog === 'edit' ? <MovementForm movement={m} onDone={close} /> : null}
      </Modal>
      <ConfirmDialog
        opened={dialog === 'close'}
        title={t.closeTitle}
        text={t.closeText}
        confirmLabel={t.closeMovement}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconDoorExit size={16} aria-hidden />}
        onConfirm={() => void move('closed')}
        onCancel={close}
      />
      <Modal opened={dialog === 'reopen'} onClose={close} title={t.reopenTitle}>
        {dialog === 'reopen' ? <ReopenForm movement={m} onDone={close} /> : null}
      </Modal>
      <DeleteMovementDialog
        movement={m}
        opened={dialog === 'delete'}
        onClose={close}
        onArchive={() => void setArchived(true)}
      />
    </>
  );
}
