import { IconTrash } from '@tabler/icons-react';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import { ConfirmBody } from '../../components/ConfirmDialog';
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
    <ConfirmBody
      text={t.deleteExplain}
      confirmLabel={t.deleteConfirm}
      cancelLabel={t.cancel}
      busy={busy}
      confirmIcon={<IconTrash size={18} aria-hidden />}
      onConfirm={() => void confirm()}
      onCancel={onDone}
    />
  );
}
