import { Modal } from '@mantine/core';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { DeactivateForm } from './DeactivateForm';
import { DeleteConfirm } from './DeleteConfirm';
import { useUnits, type UnitDialog } from './store';
import { unitsTexts as t } from './texts';
import { UnitForm } from './UnitForm';

function titleOf(dialog: UnitDialog): string {
  switch (dialog.kind) {
    case 'form':
      return dialog.unit ? t.editTitle(dialog.unit.name) : t.addTitle;
    case 'deactivate':
      return t.deactivateTitle(dialog.unit.name);
    case 'delete':
      return t.deleteTitle(dialog.unit.name);
  }
}

/** The dialog the units store has open (add/edit, deactivate, delete), over the list or a unit's page. */
export function UnitDialogs({ onDeleted }: { onDeleted?: (unit: UnitRow) => void }) {
  const dialog = useUnits((s) => s.dialog);
  const busy = useUnits((s) => s.busy);
  const closeDialog = useUnits((s) => s.closeDialog);

  return (
    <Modal
      opened={dialog !== null}
      onClose={() => !busy && closeDialog()}
      title={dialog ? titleOf(dialog) : ''}
      size={dialog?.kind === 'form' ? 'xl' : 'lg'}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* Keyed so each opening starts from the unit's stored values. */}
      {dialog?.kind === 'form' ? <UnitForm key={dialog.unit?.id ?? 'new'} unit={dialog.unit} /> : null}
      {dialog?.kind === 'deactivate' ? <DeactivateForm key={dialog.unit.id} unit={dialog.unit} /> : null}
      {dialog?.kind === 'delete' ? (
        <DeleteConfirm key={dialog.unit.id} unit={dialog.unit} onDeleted={onDeleted} />
      ) : null}
    </Modal>
  );
}
