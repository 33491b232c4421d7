// Tab "Mẫu Giấy khen": the full-page layout with its emblem, the positions on pre-printed blanks,
// the calibration page and a live sample with the layout being edited.
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye } from '@tabler/icons-react';
import type { BlankCertificateLayout } from '../../../../shared/domain/certificate';
import type {
  CertificateLayoutSettings,
  CertificateMode,
  FullLayoutSettings,
} from '../../../../shared/schemas/documents';
import { Loading } from '../../components/Loading';
import { LoadError } from '../../components/LoadError';
import { PdfPreview } from '../../components/PdfPreview';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useCertificateLayout } from './layoutStore';
import { FullLayoutCard } from './FullLayoutCard';
import { BlankLayoutCard } from './BlankLayoutCard';
import { validateBlankLayout } from './blankForm';
import { PREVIEW_LABELS } from './PreviewModal';
import { certificateTexts as t } from './texts';

export function CertificateSettingsPanel() {
  const status = useCertificateLayout((s) => s.status);
  const error = useCertificateLayout((s) => s.error);
  const layout = useCertificateLayout((s) => s.layout);
  useEffect(() => {
    void useCertificateLayout.getState().load();
  }, []);
  if (status === 'error')
    return (
      <LoadError
        title={t.loadFailed}
        retryLabel={t.retry}
        message={error ?? ''}
        onRetry={() => void useCertificateLayout.getState().load()}
      />
    );
  if (!layout || status === 'loading') return <Loading label={t.loading} />;
  return <LayoutEditor initial={layout} />;
}

/** The editor, started from the stored layout (later saves keep what the form shows). */
function LayoutEditor({ initial }: { initial: CertificateLayoutSettings }) {
  const preview = useCertificateLayout((s) => s.preview);
  const previewError = useCertificateLayout((s) => s.previewError);
  const busy = useCertificateLayout((s) => s.busy);
  const [full, setFull] = useState<FullLayoutSettings>(initial.full);
  const [mode, setMode] = useState<CertificateMode>('full');
  const form = useForm<BlankCertificateLayout>({
    mode: 'controlled',
    initialValues: initial.blank,
    validate: validateBlankLayout,
  });

  const sample = () => {
    if (mode === 'blank_form' && form.validate().hasErrors) return;
    void useCertificateLayout.getState().sample(mode, full, form.getValues());
  };

  const saveCalibration = async () => {
    const r = await useCertificateLayout.getState().saveCalibration();
    if (!r.ok) notifyFailed(t.saveFailed, r.message);
    else if (r.value.saved) {
      useCertificateLayout.getState().closePreview();
      notifyDone(t.saved(preview?.file.fileName ?? ''));
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t.settingsLead}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <FullLayoutCard value={full} onChange={setFull} />
        <Card withBorder>
          <Stack>
            <Title order={3} size="h4">
              {t.sample}
            </Title>
            <SegmentedControl
              aria-label={t.modeLabel}
              value={mode}
              onChange={(v) => setMode(v as CertificateMode)}
              data={[
                { value: 'full', label: t.sampleFull },
                { value: 'blank_form', label: t.sampleBlank },
              ]}
            />
            <Group>
              <Button leftSection={<IconEye size={16} />} loading={busy} onClick={sample}>
                {t.sample}
              </Button>
            </Group>
            {previewError && <Alert color="red">{previewError}</Alert>}
          </Stack>
        </Card>
      </SimpleGrid>
      <BlankLayoutCard form={form} />
      <Modal
        opened={preview !== null}
        onClose={() => useCertificateLayout.getState().closePreview()}
        size={820}
        title={preview ? t.previewTitle(preview.file.fileName) : ''}
      >
        {preview && (
          <Stack>
            <PdfPreview base64={preview.file.base64} width={760} labels={PREVIEW_LABELS} />
            {preview.kind === 'calibration' && (
              <Group justify="flex-end">
                <Button loading={busy} onClick={() => void saveCalibration()}>
                  {t.saveOrPrint}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
