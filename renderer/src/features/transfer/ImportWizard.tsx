import { Alert, Box, Button, FileButton, Modal, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { IconAlertCircle, IconFileDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { WorkProgress } from '../../components/WorkProgress';
import { DefaultUnitField } from './DefaultUnitField';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportSummaryStep } from './ImportSummaryStep';
import { SaveStatus } from './SaveStatus';
import { MAX_MB, useTransfer } from './store';
import { transferTexts as t } from './texts';

const STEP_NUMBER = { pick: 1, preview: 2, summary: 3 } as const;

/**
 * The Excel import for units, people or households: template and file, preview with each row's
 * problems, then the import and its summary. `onImported` runs after rows were written.
 */
export function ImportWizard({ onImported }: { onImported?(): void }) {
  const kind = useTransfer((s) => s.kind);
  const step = useTransfer((s) => s.step);
  const running = useTransfer((s) => s.running);
  const closeImport = useTransfer((s) => s.closeImport);

  const stepTitle = { pick: t.pickTitle, preview: t.previewTitle, summary: t.summaryTitle }[step];

  return (
    <Modal
      opened={kind !== null}
      onClose={closeImport}
      title={kind ? t.wizardTitle(kind) : ''}
      size="xl"
      // Work in progress is never abandoned by a stray click or Escape.
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {kind ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t.stepOf(STEP_NUMBER[step])}: {stepTitle}
          </Text>
          {step === 'pick' ? <PickStep /> : null}
          {step === 'preview' ? <ImportPreviewStep onImported={onImported} /> : null}
          {step === 'summary' ? <ImportSummaryStep /> : null}
        </Stack>
      ) : null}
    </Modal>
  );
}

function PickStep() {
  const kind = useTransfer((s) => s.kind)!;
  const running = useTransfer((s) => s.running);
  const error = useTransfer((s) => s.error);
  const errorFile = useTransfer((s) => s.errorFile);
  const template = useTransfer((s) => s.template);
  const downloadTemplate = useTransfer((s) => s.downloadTemplate);
  const chooseFile = useTransfer((s) => s.chooseFile);
  // Cleared after each pick, so picking the same file again (after fixing it) reads it again.
  const resetRef = useRef<() => void>(null);

  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>{t.templateText}</Text>
        <Button
          variant="default"
          leftSection={<IconFileDownload size={18} aria-hidden />}
          loading={template.status === 'saving'}
          disabled={running !== null}
          onClick={() => void downloadTemplate()}
        >
          {t.templateButton}
        </Button>
        <SaveStatus state={template} />
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Text>{t.pickText(MAX_MB)}</Text>
        <Box w="100%" maw={560}>
          <DefaultUnitField kind={kind} />
        </Box>
        <FileButton
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={running !== null}
          resetRef={resetRef}
          onChange={(file) => {
            if (file) void chooseFile(file);
            resetRef.current?.();
          }}
        >
          {(props) => (
            <Button
              {...props}
              disabled={running !== null}
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            >
              {t.pickButton}
            </Button>
          )}
        </FileButton>
      </Stack>
      {running === 'reading' ? <WorkProgress label={t.reading} /> : null}
      {error ? (
        <Alert
          role="alert"
          color="red"
          variant="light"
          title={t.readFailed(errorFile ?? '')}
          icon={<IconAlertCircle aria-hidden />}
        >
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
