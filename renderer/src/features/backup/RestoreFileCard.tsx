import { Stack, Text } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { WorkProgress } from '../../components/WorkProgress';
import { RefusalAlert } from './RefusalAlert';
import { RestoreFileButton } from './RestoreFileButton';
import { useBackup } from './store';
import { backupTexts as t } from './texts';

/** "Khôi phục từ tệp…": a backup file is checked and shown before anything changes. */
export function RestoreFileCard() {
  const work = useBackup((s) => s.work);
  return (
    <SectionCard title={t.fileTitle}>
      <Stack gap="sm" align="flex-start">
        <Text>{t.fileText}</Text>
        <RestoreFileButton label={t.pickFile} />
        {work === 'inspect' ? <WorkProgress label={t.inspecting} /> : null}
        <RefusalAlert source="file" />
      </Stack>
    </SectionCard>
  );
}
