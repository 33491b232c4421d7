import { Button } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import type { RegistryKind } from '../../../../shared/domain/registry';
import { ImportWizard } from './ImportWizard';
import { SaveStatus } from './SaveStatus';
import { useTransfer, type ExportFilters } from './store';
import { transferTexts as t } from './texts';

interface TransferActionsProps<K extends RegistryKind> {
  kind: K;
  /** The list's filter as shown: the export holds exactly those rows, in the same order. */
  filter: ExportFilters[K];
  /** Runs after an import wrote rows (the list reads itself again). */
  onImported?(): void;
}

/** "Nhập từ Excel" and "Xuất Excel" for a list, with the import dialog (ExportStatus tells where the file went). */
export function TransferActions<K extends RegistryKind>({
  kind,
  filter,
  onImported,
}: TransferActionsProps<K>) {
  const openImport = useTransfer((s) => s.openImport);
  const importKind = useTransfer((s) => s.kind);
  const exporting = useTransfer((s) => s.exporting);
  const exportList = useTransfer((s) => s.exportList);

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={18} aria-hidden />}
        onClick={() => openImport(kind)}
      >
        {t.importButton}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileExport size={18} aria-hidden />}
        loading={exporting === kind}
        disabled={exporting !== null}
        onClick={() => void exportList(kind, filter)}
      >
        {t.exportButton}
      </Button>
      {importKind === kind ? <ImportWizard onImported={onImported} /> : null}
    </>
  );
}

/** Where the last export of this list went ("Đã lưu: …"); nothing before one, or after a cancelled dialog. */
export function ExportStatus({ kind }: { kind: RegistryKind }) {
  const exportResult = useTransfer((s) => s.exportResult);
  return (
    <SaveStatus
      state={exportResult?.kind === kind ? exportResult.state : undefined}
      savingLabel={t.exporting}
    />
  );
}
