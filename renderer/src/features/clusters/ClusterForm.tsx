import { Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { CLUSTER_KINDS, CLUSTER_KIND_LABELS } from '../../../../shared/domain/registry';
import { clusterInputSchema, type Cluster } from '../../../../shared/schemas/registry/units';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useClusters, type ClusterValues } from './store';
import { clustersTexts as t } from './texts';
import { showFieldErrors } from '../../components/formErrors';

const validate = schemaResolver(clusterInputSchema, { sync: true });

/** Thêm / sửa a cluster: its name, whether it is a cụm or a khối, a note. */
export function ClusterForm({ cluster, onDone }: { cluster: Cluster | null; onDone(): void }) {
  const save = useClusters((s) => s.save);
  const busy = useClusters((s) => s.busy);
  const form = useForm<ClusterValues>({
    initialValues: { name: cluster?.name ?? '', kind: cluster?.kind ?? 'cluster', note: cluster?.note ?? '' },
    validate,
    validateInputOnBlur: true,
  });

  const submit = async (values: ClusterValues) => {
    const result = await save(cluster?.id ?? null, values);
    if (result.ok) {
      notifyDone(cluster ? t.saved(result.value.name) : t.created(result.value.name));
      onDone();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t.name}
          placeholder={t.namePlaceholder}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Radio.Group label={t.kind} withAsterisk {...form.getInputProps('kind')}>
          <Group gap="lg" mt={6}>
            {CLUSTER_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={CLUSTER_KIND_LABELS[kind]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t.note} rows={3} resize="vertical" {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
