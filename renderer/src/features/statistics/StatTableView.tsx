import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useId } from 'react';
import { TOTAL_ROW, type StatColumn, type StatTable } from '../../../../shared/domain/statistics';
import { formatNumberVi } from '../../../../shared/rules/money';
import { formatShare, statCellValue } from '../../../../shared/rules/statistics';
import type { CellRef } from './store';
import { statisticsTexts as t } from './texts';

type OpenCell = (cell: CellRef) => void;

interface StatTableViewProps {
  table: StatTable;
  /** Above the table; the table's title when left out. */
  heading?: string;
  /**
   * Opens the records behind a cell. Left out (the city's sum of wards' packages, whose records live
   * in the wards' data), every cell is plain text.
   */
  onOpenCell?: OpenCell;
}

interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
}

/** The header rows: a group's label spans its adjacent columns, ungrouped columns span both rows. */
function headerRows(columns: StatColumn[]): { top: HeaderCell[]; bottom: string[] } {
  const grouped = columns.some((c) => c.group);
  const top: HeaderCell[] = [];
  const bottom: string[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push({ label: c.label, colSpan: 1, rowSpan: grouped ? 2 : 1 });
      return;
    }
    bottom.push(c.label);
    if (columns[i - 1]?.group === c.group) top[top.length - 1]!.colSpan += 1;
    else top.push({ label: c.group, colSpan: 1, rowSpan: 1 });
  });
  return { top, bottom };
}

const columnName = (c: StatColumn) => (c.group ? `${c.group}, ${c.label}` : c.label);

/**
 * One statistics table as printed: grouped column headers, rows under their group's heading, the
 * bold total row, money as "760.000", shares as "52,8%", the note under it. With `onOpenCell` every
 * non-zero count, money and share cell is a button opening the records it counts (a share opens its
 * numerator).
 */
export function StatTableView({ table, heading, onOpenCell }: StatTableViewProps) {
  const headingId = useId();
  const { top, bottom } = headerRows(table.columns);
  const span = table.columns.length + 1;

  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {heading ?? table.title}
      </Title>
      <Table.ScrollContainer minWidth={200 + table.columns.length * 84}>
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th rowSpan={bottom.length > 0 ? 2 : 1} miw={200}>
                {t.rowHeader}
              </Table.Th>
              {top.map((h, i) => (
                <Table.Th key={i} colSpan={h.colSpan} rowSpan={h.rowSpan} ta="center">
                  {h.label}
                </Table.Th>
              ))}
            </Table.Tr>
            {bottom.length > 0 ? (
              <Table.Tr>
                {bottom.map((label, i) => (
                  <Table.Th key={i} ta="center">
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            ) : null}
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, i) => {
              const groupRow = row.group !== undefined && row.group !== table.rows[i - 1]?.group;
              return (
                <Fragment key={row.key}>
                  {groupRow ? (
                    <Table.Tr bg="gray.0">
                      <Table.Th colSpan={span} scope="colgroup" fs="italic">
                        {row.group}
                      </Table.Th>
                    </Table.Tr>
                  ) : null}
                  <Table.Tr>
                    <Table.Th scope="row" fw={400} pl={row.group ? 'lg' : undefined}>
                      {row.label}
                    </Table.Th>
                    {table.columns.map((c) => (
                      <Cell
                        key={c.key}
                        table={table}
                        row={{ key: row.key, label: row.label }}
                        cells={row.cells}
                        column={c}
                        onOpen={onOpenCell}
                      />
                    ))}
                  </Table.Tr>
                </Fragment>
              );
            })}
            <Table.Tr fw={700} bg="gray.0">
              <Table.Th scope="row">{t.totalRow}</Table.Th>
              {table.columns.map((c) => (
                <Cell
                  key={c.key}
                  table={table}
                  row={{ key: TOTAL_ROW, label: t.totalRow }}
                  cells={table.total}
                  column={c}
                  onOpen={onOpenCell}
                />
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.note ? (
        <Text size="xs" c="dimmed">
          {table.note}
        </Text>
      ) : null}
    </Stack>
  );
}

interface CellProps {
  table: StatTable;
  row: { key: string; label: string };
  cells: Record<string, number>;
  column: StatColumn;
  onOpen: OpenCell | undefined;
}

/** A number right-aligned; a button when it has records behind it and the table opens them. */
function Cell({ table, row, cells, column, onOpen }: CellProps) {
  const value = statCellValue(cells, column);
  const text = column.kind === 'ratio' ? formatShare(value) : formatNumberVi(value ?? 0);
  // A share opens the records of its numerator; a zero has nothing behind it.
  const storedKey = column.kind === 'ratio' ? column.ratio?.numerator : column.key;
  const stored = storedKey ? table.columns.find((c) => c.key === storedKey) : undefined;
  const openable = onOpen && storedKey && value !== null && (cells[storedKey] ?? 0) > 0;
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {openable ? (
        <Anchor
          component="button"
          type="button"
          fz="sm"
          fw="inherit"
          aria-label={t.cellButton(row.label, columnName(column), text)}
          onClick={() =>
            onOpen({
              table: table.id,
              row: row.key,
              column: storedKey,
              kind: stored?.kind === 'money' ? 'money' : 'count',
            })
          }
        >
          {text}
        </Anchor>
      ) : (
        text
      )}
    </Table.Td>
  );
}
