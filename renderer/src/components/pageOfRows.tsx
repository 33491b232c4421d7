// Long lists drawn a page at a time: a table of thousands of rows, each with its checkboxes, pickers
// and buttons, takes the page tens of seconds to draw (a "Gia đình văn hóa" decision lists every
// household of the ward). Lists read whole from the API use this; very long registries use VirtualTable.
import { Group, Pagination, Text } from '@mantine/core';
import { useState } from 'react';
import { formatNumberVi } from '../../../shared/rules/money';

export const ROWS_PER_PAGE = 100;

const texts = {
  range: (from: number, to: number, total: number) =>
    `Dòng ${formatNumberVi(from)}–${formatNumberVi(to)} trong ${formatNumberVi(total)}`,
  pagesOf: (list: string) => `Các trang của ${list}`,
  previous: 'Trang trước',
  next: 'Trang sau',
};

export interface RowsPage<T> {
  /** The rows of the current page. */
  shown: T[];
  /** Index in `rows` of the first row shown. */
  offset: number;
  page: number;
  pages: number;
  setPage(page: number): void;
  total: number;
}

/** The current page of `rows`; a list that shrank keeps the last page that still exists. */
export function usePageOfRows<T>(rows: readonly T[], perPage = ROWS_PER_PAGE): RowsPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const [wanted, setPage] = useState(1);
  const page = Math.min(wanted, pages);
  const offset = (page - 1) * perPage;
  return { shown: rows.slice(offset, offset + perPage), offset, page, pages, setPage, total: rows.length };
}

/** "Dòng 101–200 trong 17.456" and the page buttons; nothing when everything fits on one page. */
export function PageControls<T>({ paged, label }: { paged: RowsPage<T>; label: string }) {
  if (paged.pages <= 1) return null;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed">
        {texts.range(paged.offset + 1, paged.offset + paged.shown.length, paged.total)}
      </Text>
      <Pagination
        total={paged.pages}
        value={paged.page}
        onChange={paged.setPage}
        size="sm"
        aria-label={texts.pagesOf(label)}
        getControlProps={(control) => ({
          'aria-label': control === 'previous' ? texts.previous : control === 'next' ? texts.next : undefined,
        })}
      />
    </Group>
  );
}
