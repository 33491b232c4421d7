import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconX } from '@tabler/icons-react';
import { RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import type { ProposalCandidate } from '../../../../shared/schemas/proposals';
import { OutcomeBadge } from './StatusBadge';
import { proposalsTexts as t } from './texts';

interface Props {
  candidates: ProposalCandidate[];
  onEdit(c: ProposalCandidate): void;
  onRemove(c: ProposalCandidate): void;
}

/** The candidates as proposed, with the Hội đồng's outcome and note. */
export function CandidatesTable({ candidates, onEdit, onRemove }: Props) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-label={t.candidatesTitle} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.colKind}</Table.Th>
            <Table.Th>{t.colName}</Table.Th>
            <Table.Th>{t.colDetail}</Table.Th>
            <Table.Th>{t.colAward}</Table.Th>
            <Table.Th>{t.colAchievement}</Table.Th>
            <Table.Th>{t.colOutcome}</Table.Th>
            <Table.Th>{t.colNote}</Table.Th>
            <Table.Th>{t.colActions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{RECIPIENT_KIND_LABELS[c.kind]}</Table.Td>
              <Table.Td>
                <Text fw={500} size="sm">
                  {c.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={c.detail ? undefined : 'dimmed'}>
                  {c.detail ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.catalogueName}</Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
                  {c.achievement ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <OutcomeBadge outcome={c.outcome} />
                  {c.decisionId !== null ? (
                    <Badge variant="dot" color="green" tt="none" fw={500} miw="max-content">
                      {t.inDecision(c.decisionNumberText)}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.reviewNote ?? ''}</Text>
              </Table.Td>
              <Table.Td>
                {c.decisionId === null ? (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t.editOf(c.name)} onClick={() => onEdit(c)}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t.removeOf(c.name)}
                      onClick={() => onRemove(c)}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
