import { ActionIcon, Checkbox, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { PageControls, usePageOfRows } from '../../components/pageOfRows';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconFilePencil,
  IconPencil,
} from '@tabler/icons-react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import { SECTION_TITLES } from '../../../../shared/domain/decisions';
import { formatMoney } from '../../../../shared/rules/money';
import type { AwardLine, Decision, LineHint } from '../../../../shared/schemas/decisions';
import { decisionsTexts as t } from './texts';

const ROMAN: Record<RecipientKind, string> = { collective: 'I', individual: 'II', household: 'III' };

export const sectionTitle = (kind: RecipientKind) => t.sectionTitle(ROMAN[kind], SECTION_TITLES[kind]);

interface RecipientSectionProps {
  kind: RecipientKind;
  decision: Decision;
  lines: AwardLine[];
  hints: LineHint[];
  selected: number[];
  onSelect(ids: number[]): void;
  onEdit(line: AwardLine): void;
  onMove(line: AwardLine, by: -1 | 1): void;
}

/** One section of the list (I. Tập thể, II. Cá nhân, III. Hộ gia đình) with its total. */
export function RecipientSection(props: RecipientSectionProps) {
  const { kind, decision, lines, hints, selected, onSelect, onEdit, onMove } = props;
  const title = sectionTitle(kind);
  const draft = decision.status === 'draft';
  const signed = decision.status !== 'draft';
  const canMove = draft && decision.recipientOrder === 'entered';
  const ids = useMemo(() => lines.map((l) => l.id), [lines]);
  // Sets and a map, not includes/filter per row: a section may hold thousands of lines.
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const hintsByLine = useMemo(() => {
    const byLine = new Map<number, LineHint[]>();
    for (const h of hints) byLine.set(h.lineId, [...(byLine.get(h.lineId) ?? []), h]);
    return byLine;
  }, [hints]);
  const allSelected = ids.every((id) => selectedSet.has(id));
  const someSelected = ids.some((id) => selectedSet.has(id));
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const toggle = (id: number, on: boolean) =>
    onSelect(on ? [...selected, id] : selected.filter((s) => s !== id));

  const paged = usePageOfRows(lines);
  const { shown, offset } = paged;

  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={title} verticalSpacing="xs" highlightOnHover layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t.selectAll(SECTION_TITLES[kind])}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(e) => {
                    const section = new Set(ids);
                    onSelect(
                      e.currentTarget.checked
                        ? [...new Set([...selected, ...ids])]
                        : selected.filter((s) => !section.has(s)),
                    );
                  }}
                />
              </Table.Th>
              <Table.Th w={48}>{t.colStt}</Table.Th>
              <Table.Th w="18%">{t.colName}</Table.Th>
              <Table.Th w="16%">{t.colPositionUnit}</Table.Th>
              <Table.Th>{t.colAchievement}</Table.Th>
              <Table.Th w="13%">{t.colLineAward}</Table.Th>
              <Table.Th w={110} ta="right">
                {t.colAmount}
              </Table.Th>
              {signed ? (
                <Table.Th w={72} ta="right">
                  {t.colRegister}
                </Table.Th>
              ) : null}
              {decision.status !== 'cancelled' ? (
                <Table.Th w={signed ? 64 : 104}>{t.colActions}</Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((line, shownIndex) => {
              const i = offset + shownIndex;
              const lineHints = hintsByLine.get(line.id) ?? [];
              return (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t.selectLine(line.name)}
                      checked={selectedSet.has(line.id)}
                      onChange={(e) => toggle(line.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>{line.stt}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {line.name}
                    </Text>
                    {lineHints.length > 0 ? <Hints name={line.name} hints={lineHints} /> : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.positionUnit ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    {line.achievement ? (
                      <Text size="sm" lineClamp={3}>
                        {line.achievement}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed" fs="italic" lineClamp={3}>
                        {decision.defaultAchievement ?? ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.catalogueName}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatMoney(line.amount)}</Text>
                    {line.paid ? null : (
                      <Text size="xs" c="orange.8">
                        {t.notPaid}
                      </Text>
                    )}
                  </Table.Td>
                  {signed ? <Table.Td ta="right">{line.registerNumber ?? '—'}</Table.Td> : null}
                  {decision.status === 'cancelled' ? null : (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        {draft ? (
                          <Tooltip label={t.editLine(line.name)}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t.editLine(line.name)}
                              onClick={() => onEdit(line)}
                            >
                              <IconPencil size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        ) : (
                          <Tooltip label={t.correctLine}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t.correctLineOf(line.name)}
                              onClick={() => onEdit(line)}
                            >
                              <IconFilePencil size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
                        {canMove ? (
                          <>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t.moveUp(line.name)}
                              title={t.moveUp(line.name)}
                              disabled={i === 0}
                              onClick={() => onMove(line, -1)}
                            >
                              <IconArrowUp size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t.moveDown(line.name)}
                              title={t.moveDown(line.name)}
                              disabled={i === lines.length - 1}
                              onClick={() => onMove(line, 1)}
                            >
                              <IconArrowDown size={16} aria-hidden />
                            </ActionIcon>
                          </>
                        ) : null}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td />
              <Table.Td colSpan={5}>
                <Text size="sm" fw={600}>
                  {t.sectionTotal(lines.length)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600}>
                  {formatMoney(total)}
                </Text>
              </Table.Td>
              {signed ? <Table.Td /> : null}
              {decision.status !== 'cancelled' ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <PageControls paged={paged} label={title} />
    </Stack>
  );
}

/** Warnings about a line (already awarded, inactive unit…): they inform, they never block. */
function Hints({ name, hints }: { name: string; hints: LineHint[] }) {
  return (
    <Stack gap={2} mt={2} aria-label={t.hintsOf(name)}>
      {hints.map((h, i) => (
        <Group key={i} gap={4} wrap="nowrap" align="flex-start">
          <Tooltip label={h.message} multiline w={280}>
            <IconAlertTriangle
              size={14}
              color="var(--mantine-color-orange-7)"
              aria-hidden
              style={{ flexShrink: 0, marginTop: 2 }}
            />
          </Tooltip>
          <Text size="xs" c="orange.8">
            {h.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
