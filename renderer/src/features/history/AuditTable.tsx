import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/api/audit';
import type { AuditAction } from '../../../../shared/domain/audit-labels';
import { hashOf, type AreaId } from '../../app/areas';
import { AuditChanges } from './AuditChanges';
import { formatMoment } from './format';
import { historyTexts as t } from './texts';

/** Entities whose records have a page of their own. */
const RECORD_AREAS: Partial<Record<string, AreaId>> = {
  people: 'people',
  units: 'units',
  households: 'households',
};

const ACTION_COLORS: Partial<Record<AuditAction, string>> = {
  create: 'green',
  update: 'blue',
  delete: 'orange',
  restore: 'teal',
  purge: 'red',
  import: 'grape',
};

function RecordCell({ entry }: { entry: AuditEntry }) {
  const area = RECORD_AREAS[entry.entity];
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {entry.entityLabel}
      </Text>
      {entry.recordLabel ? (
        area && entry.entityId !== null ? (
          <Anchor href={hashOf(area, entry.entityId)} size="sm" fw={500}>
            {entry.recordLabel}
          </Anchor>
        ) : (
          <Text size="sm" fw={500}>
            {entry.recordLabel}
          </Text>
        )
      ) : null}
    </Stack>
  );
}

/**
 * History entries as a table: when (to the second), who, what record (linked to its page), the action
 * and the fields before → after. One component for the history screen and each record's page.
 */
export function AuditTable({
  rows,
  label,
  showRecord = true,
  dimmed = false,
}: {
  rows: AuditEntry[];
  label: string;
  /** Off on a record's own page, where every entry is about that record. */
  showRecord?: boolean;
  /** The rows are about to be replaced (a new filter is being read). */
  dimmed?: boolean;
}) {
  return (
    <Paper withBorder style={{ overflowX: 'auto' }}>
      <Table
        verticalSpacing="xs"
        striped
        aria-label={label}
        aria-busy={dimmed || undefined}
        style={{ opacity: dimmed ? 0.55 : undefined, minWidth: showRecord ? 820 : 640 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={165}>{t.colTime}</Table.Th>
            <Table.Th w={150}>{t.colActor}</Table.Th>
            {showRecord ? <Table.Th w={200}>{t.colRecord}</Table.Th> : null}
            <Table.Th w={140}>{t.colAction}</Table.Th>
            <Table.Th>{t.colChanges}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((entry) => (
            <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(entry.at)}</Table.Td>
              <Table.Td c={entry.actor ? undefined : 'dimmed'}>{entry.actor || t.unknownActor}</Table.Td>
              {showRecord ? (
                <Table.Td>
                  <RecordCell entry={entry} />
                </Table.Td>
              ) : null}
              <Table.Td>
                <Badge
                  variant="light"
                  color={ACTION_COLORS[entry.action] ?? 'gray'}
                  tt="none"
                  fw={500}
                  h="auto"
                  py={2}
                  radius="sm"
                  // Long labels ("Chuyển vào thùng rác") wrap rather than being cut.
                  styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
                >
                  {entry.actionLabel}
                </Badge>
              </Table.Td>
              <Table.Td>
                <AuditChanges entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
