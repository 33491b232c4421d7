import { ActionIcon, Menu } from '@mantine/core';
import {
  IconDots,
  IconEye,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { hashOf } from '../../app/areas';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';

/** The "…" menu of a unit in the tree or the table. */
export function UnitRowActions({ unit }: { unit: UnitRow }) {
  const openEdit = useUnits((s) => s.openEdit);
  const openDeactivate = useUnits((s) => s.openDeactivate);
  const openDelete = useUnits((s) => s.openDelete);
  const reactivate = useUnits((s) => s.reactivate);

  const edit = async () => {
    const result = await openEdit(unit.id);
    if (!result.ok) notifyFailed(t.openFailed, result.message);
  };
  const wake = async () => {
    const result = await reactivate(unit.id);
    if (result.ok) notifyDone(t.reactivated(result.value.name));
    else notifyFailed(t.actionFailedTitle, result.message);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t.actionsOf(unit.name)} title={t.colActions}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component="a"
          href={hashOf('units', unit.id)}
          leftSection={<IconEye size={16} aria-hidden />}
        >
          {t.view}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => void edit()}>
          {t.edit}
        </Menu.Item>
        {unit.active ? (
          <Menu.Item
            leftSection={<IconPlayerPause size={16} aria-hidden />}
            onClick={() => openDeactivate(unit)}
          >
            {t.deactivate}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => void wake()}>
            {t.reactivate}
          </Menu.Item>
        )}
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => openDelete(unit)}
        >
          {t.delete}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
