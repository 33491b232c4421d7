import { Box, Center, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { statisticsTexts as t } from '../texts';
import { CHART_HEIGHT } from './chartFormat';

/** The numbers a chart draws, as a table for screen readers (and tests). */
export interface ChartSummary {
  columns: string[];
  rows: string[][];
}

interface ChartFrameProps {
  title: string;
  /** Nothing to draw: the frame says "Chưa có số liệu" at the same height. */
  empty: boolean;
  summary: ChartSummary;
  testId?: string;
  /** Draws the chart at the measured width (never called before the frame has a width). */
  children(width: number): ReactNode;
}

/**
 * A chart's card: its title, the chart at a fixed height and the frame's width (recharts needs a
 * size; a measured wrapper gives it one), and a visually hidden table of the same numbers.
 */
export function ChartFrame({ title, empty, summary, testId, children }: ChartFrameProps) {
  const titleId = useId();
  const { ref, width } = useElementSize();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={titleId} data-testid={testId}>
      <Box component="figcaption" mb="xs">
        <Title order={3} size="h6" id={titleId}>
          {title}
        </Title>
      </Box>
      {empty ? (
        <Center h={CHART_HEIGHT}>
          <Text c="dimmed">{t.noData}</Text>
        </Center>
      ) : (
        <>
          <div ref={ref} style={{ height: CHART_HEIGHT, width: '100%' }} aria-hidden>
            {width > 0 ? children(Math.floor(width)) : null}
          </div>
          <VisuallyHidden>
            <Table aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  {summary.columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.rows.map((row, i) => (
                  <Table.Tr key={i}>
                    {row.map((cell, j) => (
                      <Table.Td key={j}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </>
      )}
    </Paper>
  );
}
