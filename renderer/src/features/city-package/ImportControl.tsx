import { Alert, Button, Group, VisuallyHidden } from '@mantine/core';
import { IconFileImport, IconReplace } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone } from '../../components/notify';
import { useCityPackage, type ImportOutcome } from './store';
import { cityPackageTexts as t } from './texts';

/**
 * "Nhập gói báo cáo của phường": picks a package's JSON twin and sends it. A package of a ward and
 * year already imported asks first whether to replace it; a refused file says why in the card.
 */
export function ImportControl() {
  const importFile = useCityPackage((s) => s.importFile);
  const replace = useCityPackage((s) => s.replace);
  const dismiss = useCityPackage((s) => s.dismissConflict);
  const conflict = useCityPackage((s) => s.conflict);
  const busy = useCityPackage((s) => s.busy);
  const input = useRef<HTMLInputElement>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const settle = (outcome: ImportOutcome) => {
    if (outcome.status === 'imported') notifyDone(t.imported(outcome.pkg.wardName, outcome.pkg.year));
    setFailed(outcome.status === 'failed' ? outcome.message : null);
  };

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that picking the same file again (after fixing it) is a change too.
    event.currentTarget.value = '';
    if (!file) return;
    setFailed(null);
    settle(await importFile(file));
  };

  return (
    <>
      <Group gap="sm">
        <VisuallyHidden>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-label={t.importPick}
            onChange={(e) => void picked(e)}
          />
        </VisuallyHidden>
        <Button
          leftSection={<IconFileImport size={18} aria-hidden />}
          loading={busy && conflict === null}
          onClick={() => input.current?.click()}
        >
          {t.importButton}
        </Button>
      </Group>
      {failed ? (
        <Alert
          color="red"
          variant="light"
          title={t.importFailed}
          withCloseButton
          onClose={() => setFailed(null)}
          closeButtonLabel={t.dismiss}
        >
          {failed}
        </Alert>
      ) : null}
      <ConfirmDialog
        opened={conflict !== null}
        title={t.conflictTitle}
        text={conflict ? `${conflict.message} ${t.replaceConfirmText(conflict.file.fileName)}` : ''}
        confirmLabel={t.replace}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconReplace size={16} aria-hidden />}
        onConfirm={() => void replace().then(settle)}
        onCancel={dismiss}
      />
    </>
  );
}
