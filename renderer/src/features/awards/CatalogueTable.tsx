import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconPencil, IconTrash } from '@tabler/icons-react';
import {
  CATALOGUE_LEVEL_LABELS,
  RECIPIENT_KINDS,
  RECIPIENT_KIND_LABELS,
  type HouseholdRounding,
  type RecipientKind,
} from '../../../../shared/domain/awards';
import { awardAmount } from '../../../../shared/rules/award-money';
import { formatMoney } from '../../../../shared/rules/money';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import { awardsTexts as t, coefficientText } from './texts';

const ALLOWED = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;
const PERMILLE = {
  collective: 'collectivePermille',
  individual: 'individualPermille',
  household: 'householdPermille',
} as const;

export interface CatalogueTableProps {
  label: string;
  entries: CatalogueEntry[];
  /** The base salary in force today; null when the table has none yet. */
  baseSalary: number | null;
  householdRounding: HouseholdRounding;
  onEdit(entry: CatalogueEntry): void;
  onSetActive(entry: CatalogueEntry, active: boolean): void;
  onDelete(entry: CatalogueEntry): void;
}

function MoneyLine({
  entry,
  kind,
  baseSalary,
  householdRounding,
}: {
  entry: CatalogueEntry;
  kind: RecipientKind;
  baseSalary: number | null;
  householdRounding: HouseholdRounding;
}) {
  const permille = entry[PERMILLE[kind]];
  const amount =
    permille === null || baseSalary === null
      ? null
      : awardAmount({ coefficientPermille: permille, baseSalary, recipientKind: kind, householdRounding });
  return (
    <Text size="sm">
      {RECIPIENT_KIND_LABELS[kind]}:{' '}
      {permille === null
        ? t.noMoney
        : `${amount === null ? '' : `${formatMoney(amount)} `}(${t.times(coefficientText(permille))})`}
    </Text>
  );
}

/** One section of the catalogue (titles or forms) as a table with its row actions. */
export function CatalogueTable(props: CatalogueTableProps) {
  const { label, entries, baseSalary, householdRounding } = props;
  if (entries.length === 0) return <Text c="dimmed">{t.emptySection}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={label} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.colName}</Table.Th>
            <Table.Th>{t.colLevel}</Table.Th>
            <Table.Th>{t.colRecipients}</Table.Th>
            <Table.Th>{t.colMoney}</Table.Th>
            <Table.Th>{t.colStatus}</Table.Th>
            <Table.Th>{t.colActions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const kinds = RECIPIENT_KINDS.filter((kind) => entry[ALLOWED[kind]]);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text fw={500}>{entry.name}</Text>
                  {entry.note ? (
                    <Text size="xs" c="dimmed">
                      {entry.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{CATALOGUE_LEVEL_LABELS[entry.level]}</Table.Td>
                <Table.Td>{kinds.map((kind) => RECIPIENT_KIND_LABELS[kind]).join(', ')}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {kinds.map((kind) => (
                      <MoneyLine
                        key={kind}
                        entry={entry}
                        kind={kind}
                        baseSalary={baseSalary}
                        householdRounding={householdRounding}
                      />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge
                      variant="light"
                      color={entry.active ? 'green' : 'gray'}
                      tt="none"
                      fw={500}
                      miw="max-content"
                    >
                      {entry.active ? t.active : t.retired}
                    </Badge>
                    {entry.usageCount > 0 ? (
                      <Text size="xs" c="dimmed">
                        {t.used(entry.usageCount)}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <RowActions entry={entry} {...props} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowActions({
  entry,
  onEdit,
  onSetActive,
  onDelete,
}: CatalogueTableProps & { entry: CatalogueEntry }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={t.editOf(entry.name)}
        onClick={() => onEdit(entry)}
      >
        {t.edit}
      </Button>
      {entry.active ? (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlayerPause size={14} aria-hidden />}
          aria-label={t.retireOf(entry.name)}
          onClick={() => onSetActive(entry, false)}
        >
          {t.retire}
        </Button>
      ) : (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlayerPlay size={14} aria-hidden />}
          aria-label={t.reactivateOf(entry.name)}
          onClick={() => onSetActive(entry, true)}
        >
          {t.reactivate}
        </Button>
      )}
      {entry.usageCount === 0 ? (
        <Button
          variant="default"
          color="red"
          size="xs"
          leftSection={<IconTrash size={14} aria-hidden />}
          aria-label={t.deleteOf(entry.name)}
          onClick={() => onDelete(entry)}
        >
          {t.delete}
        </Button>
      ) : null}
    </Group>
  );
}
