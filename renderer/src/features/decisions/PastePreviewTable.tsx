import { Badge, Checkbox, Select, Stack, Table, Text } from '@mantine/core';
import { PageControls, usePageOfRows } from '../../components/pageOfRows';
import { useMemo, useState } from 'react';
import type { PastePreview, PastePreviewRow, PasteRowStatus } from '../../../../shared/schemas/decisions';
import { UnitSelect } from '../../components/UnitSelect';
import { decisionsTexts as t } from './texts';

/** What the officer settled for one pasted row. */
export interface RowChoice {
  row: number;
  include: boolean;
  /** A candidate's id (as text), 'new' to create the record, or null while undecided. */
  choice: string | null;
  /** For a person to create: their unit. */
  unitId: number | null;
}

const NEW = 'new';

const BLOCKED: PasteRowStatus[] = ['in_list', 'invalid'];
const COLORS: Record<PasteRowStatus, string> = {
  matched: 'green',
  ambiguous: 'yellow',
  new: 'blue',
  in_list: 'gray',
  invalid: 'red',
};

/** The proposal of the preview: matched rows to their record, new ones created, the rest left out. */
export function choicesOf(preview: PastePreview): RowChoice[] {
  return preview.rows.map((r) => ({
    row: r.row,
    include: !BLOCKED.includes(r.status),
    choice: r.chosenId !== null ? String(r.chosenId) : r.status === 'new' ? NEW : null,
    unitId: null,
  }));
}

export const isReady = (c: RowChoice) => c.choice !== null;

function choiceOptions(row: PastePreviewRow) {
  return [
    ...row.candidates.map((c) => ({
      value: String(c.id),
      label: [c.name, c.detail, c.birthYear ? t.born(c.birthYear) : null].filter(Boolean).join(' — '),
    })),
    { value: NEW, label: t.createNew },
  ];
}

interface PastePreviewTableProps {
  preview: PastePreview;
  choices: RowChoice[];
  onChange(choices: RowChoice[]): void;
}

/** The pasted rows with their match status, a choice for each, a unit for new people; rows can be left out. */
export function PastePreviewTable({ preview, choices, onChange }: PastePreviewTableProps) {
  const set = (row: number, next: Partial<RowChoice>) =>
    onChange(choices.map((c) => (c.row === row ? { ...c, ...next } : c)));
  const people = preview.kind === 'individual';
  const byRow = useMemo(() => new Map(choices.map((c) => [c.row, c])), [choices]);
  const creating = choices.filter((c) => c.include && c.choice === NEW).length;
  const [bulkUnit, setBulkUnit] = useState<number | null>(null);
  const setUnitOfNew = (unitId: number | null) => {
    setBulkUnit(unitId);
    onChange(choices.map((c) => (c.choice === NEW ? { ...c, unitId } : c)));
  };

  const paged = usePageOfRows(preview.rows);

  return (
    <Stack gap="xs">
      {people && creating > 0 ? (
        <UnitSelect
          label={t.unitOfAllNew(creating)}
          description={t.unitOfAllNewHint}
          placeholder={t.chooseUnit}
          value={bulkUnit}
          onChange={setUnitOfNew}
          maw={420}
        />
      ) : null}
      <Table.ScrollContainer minWidth={1000} maxHeight="60vh">
        <Table aria-label={t.pasteTable} verticalSpacing="xs" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t.colInclude}</Table.Th>
              <Table.Th w={48}>{t.colRow}</Table.Th>
              <Table.Th>{t.colName}</Table.Th>
              <Table.Th>{t.colPositionUnit}</Table.Th>
              <Table.Th>{t.colAchievement}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th miw={240}>{t.colChoice}</Table.Th>
              {people ? <Table.Th miw={200}>{t.colUnit}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((row) => {
              const c = byRow.get(row.row)!;
              const blocked = BLOCKED.includes(row.status);
              return (
                <Table.Tr key={row.row} style={c.include ? undefined : { opacity: 0.6 }}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t.includeRow(row.row)}
                      checked={c.include}
                      disabled={blocked}
                      onChange={(e) => set(row.row, { include: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.name}
                    </Text>
                    {row.message ? (
                      <Text size="xs" c={row.status === 'invalid' ? 'red.8' : 'orange.8'}>
                        {row.message}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.positionUnit ?? ''}</Text>
                  </Table.Td>
                  <Table.Td maw={240}>
                    <Text size="sm" lineClamp={2}>
                      {row.achievement ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={COLORS[row.status]} tt="none" fw={500} miw="max-content">
                      {t.pasteStatus[row.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {blocked ? null : (
                      <Select
                        aria-label={t.choiceOf(row.row)}
                        placeholder={t.chooseCandidate}
                        size="xs"
                        allowDeselect={false}
                        disabled={!c.include}
                        error={c.include && c.choice === null}
                        data={choiceOptions(row)}
                        value={c.choice}
                        onChange={(v) => set(row.row, { choice: v })}
                      />
                    )}
                  </Table.Td>
                  {people ? (
                    <Table.Td>
                      {!blocked && c.choice === NEW ? (
                        <UnitSelect
                          aria-label={t.unitOf(row.row)}
                          placeholder={t.chooseUnit}
                          size="xs"
                          disabled={!c.include}
                          value={c.unitId}
                          onChange={(v) => set(row.row, { unitId: v })}
                        />
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageControls paged={paged} label={t.pasteTable} />
    </Stack>
  );
}
