import { Anchor, Badge, Table, Text } from '@mantine/core';
import { DECISION_STATUS_LABELS, type DecisionStatus } from '../../../../shared/domain/decisions';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney, formatNumberVi } from '../../../../shared/rules/money';
import type { MovementDecision } from '../../../../shared/schemas/movements';
import { hashOf } from '../../app/areas';
import { SectionCard } from '../../components/SectionCard';
import { movementsTexts as t } from './texts';

const STATUS_COLORS: Record<DecisionStatus, string> = { draft: 'gray', signed: 'green', cancelled: 'red' };

/** "Khen thưởng": the award decisions linked to the movement, each a link to the decision. */
export function MovementDecisions({ decisions }: { decisions: MovementDecision[] | null }) {
  let body;
  if (decisions === null) body = <Text c="red">{t.decisionsLoadFailed}</Text>;
  else if (decisions.length === 0) body = <Text c="dimmed">{t.decisionsEmpty}</Text>;
  else
    body = (
      <Table.ScrollContainer minWidth={700}>
        <Table aria-label={t.decisionsLabel} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colDecision}</Table.Th>
              <Table.Th>{t.colDate}</Table.Th>
              <Table.Th>{t.colSubject}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th ta="right">{t.colLines}</Table.Th>
              <Table.Th ta="right">{t.colMoney}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor href={hashOf('awards', 'quyet-dinh', d.id)} fw={500}>
                    {t.decisionLabel(d.numberText)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.decisionDate ? formatDate(d.decisionDate) : ''}</Table.Td>
                <Table.Td>{d.subject}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[d.status]} tt="none" fw={500}>
                    {DECISION_STATUS_LABELS[d.status]}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumberVi(d.lineCount)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(d.totalAmount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  return <SectionCard title={t.sectionDecisions}>{body}</SectionCard>;
}
