import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUsersPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { CLUSTER_KIND_LABELS } from '../../../../shared/domain/registry';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { UnitLink } from '../units/UnitLink';
import { ClusterDelete } from './ClusterDelete';
import { ClusterForm } from './ClusterForm';
import { ClusterMembersForm } from './ClusterMembersForm';
import { useClusters } from './store';
import { clustersTexts as t } from './texts';

type Dialog =
  | { kind: 'form'; cluster: Cluster | null }
  | { kind: 'members'; cluster: Cluster }
  | { kind: 'delete'; cluster: Cluster };

function titleOf(dialog: Dialog): string {
  switch (dialog.kind) {
    case 'form':
      return dialog.cluster ? t.editTitle(dialog.cluster.name) : t.addTitle;
    case 'members':
      return t.assignTitle(dialog.cluster.name);
    case 'delete':
      return t.deleteTitle(dialog.cluster.name);
  }
}

/** Cụm, khối thi đua: each with its units; create, rename, change kind, assign units, delete. */
export function ClustersPanel() {
  const status = useClusters((s) => s.status);
  const clusters = useClusters((s) => s.clusters);
  const error = useClusters((s) => s.error);
  const load = useClusters((s) => s.load);
  const busy = useClusters((s) => s.busy);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  // Read again on every visit: unit forms change memberships too.
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" maw={640}>
          {t.lead}
        </Text>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setDialog({ kind: 'form', cluster: null })}
        >
          {t.add}
        </Button>
      </Group>

      {status === 'error' && error ? (
        <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
      ) : status !== 'ready' && clusters.length === 0 ? (
        <Loading label={t.loading} />
      ) : clusters.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t.empty}</Text>
        </Paper>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t.listLabel}>
          {clusters.map((cluster) => (
            <ClusterCard
              key={cluster.id}
              cluster={cluster}
              onEdit={() => setDialog({ kind: 'form', cluster })}
              onAssign={() => setDialog({ kind: 'members', cluster })}
              onDelete={() => setDialog({ kind: 'delete', cluster })}
            />
          ))}
        </Stack>
      )}

      <Modal
        opened={dialog !== null}
        onClose={() => !busy && close()}
        title={dialog ? titleOf(dialog) : ''}
        size="lg"
      >
        {dialog?.kind === 'form' ? <ClusterForm cluster={dialog.cluster} onDone={close} /> : null}
        {dialog?.kind === 'members' ? <ClusterMembersForm cluster={dialog.cluster} onDone={close} /> : null}
        {dialog?.kind === 'delete' ? <ClusterDelete cluster={dialog.cluster} onDone={close} /> : null}
      </Modal>
    </Stack>
  );
}

interface CardProps {
  cluster: Cluster;
  onEdit(): void;
  onAssign(): void;
  onDelete(): void;
}

function ClusterCard({ cluster, onEdit, onAssign, onDelete }: CardProps) {
  const headingId = `cluster-${cluster.id}-name`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h4" id={headingId}>
              {cluster.name}
            </Title>
            <Badge variant="light" tt="none" fw={500}>
              {CLUSTER_KIND_LABELS[cluster.kind]}
            </Badge>
            <Text size="sm" c="dimmed">
              {t.members(cluster.units.length)}
            </Text>
          </Group>
          {cluster.note ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {cluster.note}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconUsersPlus size={16} aria-hidden />}
            aria-label={t.assignOf(cluster.name)}
            onClick={onAssign}
          >
            {t.assign}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={16} aria-hidden />}
            aria-label={t.editOf(cluster.name)}
            onClick={onEdit}
          >
            {t.edit}
          </Button>
          <Button
            variant="default"
            color="red"
            size="xs"
            leftSection={<IconTrash size={16} aria-hidden />}
            aria-label={t.deleteOf(cluster.name)}
            onClick={onDelete}
          >
            {t.delete}
          </Button>
        </Group>
      </Group>
      {cluster.units.length > 0 ? (
        <Group
          component="ul"
          gap="xs"
          mt="sm"
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t.membersOf(cluster.name)}
        >
          {cluster.units.map((unit) => (
            <Badge key={unit.id} component="li" variant="outline" color="gray" tt="none" fw={400} size="lg">
              <UnitLink unit={unit} />
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed" mt="sm">
          {t.noMembers}
        </Text>
      )}
    </Paper>
  );
}
