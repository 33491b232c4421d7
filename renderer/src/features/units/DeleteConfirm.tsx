import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPause, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { ConfirmBody } from '../../components/ConfirmDialog';
import { notifyDone } from '../../components/notify';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';

/**
 * Xóa: moves the unit to the trash. When the main process refuses (people, sub-units, awards refer
 * to it), its message is shown and deactivation is offered instead.
 */
export function DeleteConfirm({ unit, onDeleted }: { unit: UnitRow; onDeleted?: (unit: UnitRow) => void }) {
  const remove = useUnits((s) => s.remove);
  const busy = useUnits((s) => s.busy);
  const closeDialog = useUnits((s) => s.closeDialog);
  const openDeactivate = useUnits((s) => s.openDeactivate);
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    const result = await remove(unit.id);
    if (result.ok) {
      notifyDone(t.deleted(result.value.name));
      onDeleted?.(unit);
    } else {
      setRefusal(result.message);
    }
  };

  if (refusal !== null) {
    return (
      <Stack gap="md">
        <Alert
          role="alert"
          color="red"
          variant="light"
          title={t.deleteRefusedTitle}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <Text size="sm">{refusal}</Text>
        </Alert>
        {unit.active ? <Text size="sm">{t.deleteRefusedHint}</Text> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={closeDialog}>
            {t.close}
          </Button>
          {unit.active ? (
            <Button
              color="orange"
              leftSection={<IconPlayerPause size={18} aria-hidden />}
              onClick={() => openDeactivate(unit)}
            >
              {t.deactivate}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <ConfirmBody
      text={t.deleteExplain}
      confirmLabel={t.deleteConfirm}
      cancelLabel={t.cancel}
      busy={busy}
      confirmIcon={<IconTrash size={18} aria-hidden />}
      onConfirm={() => void confirm()}
      onCancel={closeDialog}
    />
  );
}
