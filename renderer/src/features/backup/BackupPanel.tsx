import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { pageReload } from '../recovery/reload';
import { BackupNowCard } from './BackupNowCard';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { RestoreFileCard } from './RestoreFileCard';
import { RestoreResultDialog } from './RestoreResultDialog';
import { StoredBackupsCard } from './StoredBackupsCard';
import { useBackup } from './store';
import { backupTexts as t } from './texts';

/** Sao lưu và khôi phục: back up now, restore from a file, and the backups kept on this computer. */
export function BackupPanel() {
  const load = useBackup((s) => s.load);
  const closeReport = useBackup((s) => s.closeReport);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="lg">
      <BackupNowCard />
      <RestoreFileCard />
      <StoredBackupsCard />
      <RestoreConfirmDialog />
      <RestoreResultDialog
        closeLabel={t.resultReopen}
        onClose={() => {
          // Every screen's store holds records of the data that was replaced: start again from disk.
          closeReport();
          pageReload.run();
        }}
      />
    </Stack>
  );
}
