import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useBackup } from './store';

/** Picks a backup file (.sqlite) and has it checked; disabled while any backup work runs. */
export function RestoreFileButton({ label, ...props }: ButtonProps & { label: string }) {
  const work = useBackup((s) => s.work);
  const chooseFile = useBackup((s) => s.chooseFile);
  // Cleared after each pick, so picking the same file again reads it again.
  const resetRef = useRef<() => void>(null);

  return (
    <FileButton
      accept=".sqlite"
      disabled={work !== null}
      resetRef={resetRef}
      onChange={(file) => {
        if (file) void chooseFile(file);
        resetRef.current?.();
      }}
    >
      {(fileProps) => (
        <Button
          variant="default"
          leftSection={<IconFileUpload size={18} aria-hidden />}
          {...props}
          {...fileProps}
          loading={work === 'inspect'}
          disabled={work !== null}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
}
