import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney, formatNumberVi } from '../../../../shared/rules/money';
import type { ImportedPackage } from '../../../../shared/schemas/reports';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatStamp } from '../../components/formatStamp';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useCityPackage } from './store';
import { cityPackageTexts as t } from './texts';

/** A stored day or timestamp as its day, dd/mm/yyyy (a timestamp in local time). */
const dayOf = (stamp: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(stamp) ? formatDate(stamp) : formatStamp(stamp).split(' ')[0]!;

/** The wards' packages imported for the year, each removable after a confirmation. */
export function PackagesTable({ packages, year }: { packages: ImportedPackage[]; year: number }) {
  const remove = useCityPackage((s) => s.remove);
  const busy = useCityPackage((s) => s.busy);
  const [removing, setRemoving] = useState<ImportedPackage | null>(null);

  const confirmRemove = async () => {
    if (!removing) return;
    const result = await remove(removing.id);
    if (result.ok) notifyDone(t.removed(removing.wardName));
    else notifyFailed(t.removeFailed, result.message);
    setRemoving(null);
  };

  if (packages.length === 0) return <Text c="dimmed">{t.packagesEmpty(year)}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder fz="sm" aria-label={t.packagesLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.columns.ward}</Table.Th>
              <Table.Th>{t.columns.city}</Table.Th>
              <Table.Th>{t.columns.generatedAt}</Table.Th>
              <Table.Th>{t.columns.importedAt}</Table.Th>
              <Table.Th ta="right">{t.columns.awardCount}</Table.Th>
              <Table.Th ta="right">{t.columns.money}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t.columns.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {packages.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>{p.wardName}</Table.Td>
                <Table.Td>{p.city}</Table.Td>
                <Table.Td>{dayOf(p.generatedAt)}</Table.Td>
                <Table.Td>{dayOf(p.importedAt)}</Table.Td>
                <Table.Td ta="right">{formatNumberVi(p.awardCount)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(p.money)}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t.removeLabel(p.wardName)}
                    title={t.remove}
                    onClick={() => setRemoving(p)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={removing !== null}
        title={t.removeTitle}
        text={removing ? t.removeText(removing.wardName, removing.year) : ''}
        confirmLabel={t.remove}
        cancelLabel={t.cancel}
        busy={busy}
        confirmIcon={<IconTrash size={16} aria-hidden />}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
