import { Anchor, Badge, Table, Text } from '@mantine/core';
import { CATALOGUE_KIND_LABELS } from '../../../../shared/domain/awards';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney } from '../../../../shared/rules/money';
import type { AwardRecord } from '../../../../shared/schemas/award-history';
import { decisionHref } from './links';
import { awardHistoryTexts as t } from './texts';

/** One recipient's award lines: year, award, decision (a link), achievement, money, số sổ vàng. */
export function AwardHistoryTable({
  rows,
  label,
  cancelled = false,
}: {
  rows: AwardRecord[];
  label: string;
  cancelled?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={label} striped={!cancelled} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t.columns.year}</Table.Th>
            <Table.Th>{t.columns.award}</Table.Th>
            <Table.Th>{t.columns.decision}</Table.Th>
            <Table.Th>{t.columns.achievement}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t.columns.amount}
            </Table.Th>
            <Table.Th ta="right" w={96} style={{ whiteSpace: 'nowrap' }}>
              {t.columns.register}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.awardId} c={cancelled ? 'dimmed' : undefined}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} td={cancelled ? 'line-through' : undefined}>
                  {r.catalogueName}
                </Text>
                <Text size="xs" c="dimmed">
                  {CATALOGUE_KIND_LABELS[r.catalogueKind]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor href={decisionHref(r.decisionId)} size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t.decisionText(r.decisionNumberText, formatDate(r.decisionDate))}
                </Anchor>
                {cancelled ? (
                  <Badge color="red" variant="light" tt="none" fw={500} ml="xs">
                    {t.cancelledBadge}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.achievement ?? ''}</Text>
                {r.achievementFrom && r.achievementTo ? (
                  <Text size="xs" c="dimmed">
                    {t.period(formatDate(r.achievementFrom), formatDate(r.achievementTo))}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.amount > 0 ? formatMoney(r.amount) : '—'}
              </Table.Td>
              <Table.Td ta="right">{r.registerNumber ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
