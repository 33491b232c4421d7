import type { UnitListFilter } from '../../../../shared/schemas/registry/units';
import { ExportStatus, TransferActions } from '../transfer/TransferActions';

export interface UnitsTransferActionsProps {
  /** The list's current filter: the export must write exactly the rows shown, in their order. */
  filter: UnitListFilter;
  /** Call after an import changed the data, so the list is read again. */
  onChanged(): void;
}

/** "Nhập từ Excel" (the import wizard for units) and "Xuất Excel" of the units list as filtered. */
export function UnitsTransferActions({ filter, onChanged }: UnitsTransferActionsProps) {
  return (
    <>
      <TransferActions kind="units" filter={filter} onImported={onChanged} />
      <ExportStatus kind="units" />
    </>
  );
}
