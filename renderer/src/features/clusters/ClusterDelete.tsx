import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useClusters } from './store';
import { clustersTexts as t } from './texts';

/** Confirms deleting a cluster; its units stay, they only leave the cluster. */
export function ClusterDelete({ cluster, onDone }: { cluster: Cluster; onDone(): void }) {
  const remove = useClusters((s) => s.remove);
  const busy = useClusters((s) => s.busy);

  const confirm = async () => {
    const result = await remove(cluster.id);
    if (result.ok) {
      notifyDone(t.deleted(cluster.name));
      onDone();
    } else {
      notifyFailed(t.deleteFailedTitle, result.message);
    }
  };

  return (
    <Stack gap="md">
      <Text>{t.deleteExplain}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy} data-autofocus>
          {t.cancel}
        </Button>
        <Button
          color="red"
          loading={busy}
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => void confirm()}
        >
          {t.deleteConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
