import { useEffect, useRef, type CSSProperties, type Key, type ReactNode } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import classes from './VirtualTable.module.css';

export interface VirtualColumn<Row> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. 'minmax(220px, 2fr)' or '90px'. */
  width: string;
  render(row: Row, index: number): ReactNode;
  align?: 'left' | 'right' | 'center';
}

export interface VirtualTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: VirtualColumn<Row>[];
  rowCount: number;
  /** The row at an index, or undefined while its window is being read. */
  getRow(index: number): Row | undefined;
  getRowKey?(row: Row | undefined, index: number): Key;
  /** Shown in a row whose data has not arrived yet. */
  loadingRowLabel: string;
  /** Height of the scrolling area (CSS); with `measureRows`, its largest height. */
  height: string | number;
  /** Shrinks the area to its rows when they are fewer than fill `height`. */
  fitRows?: boolean;
  /** Fixed row height in px, so 100,000 rows cost the same as 20. Ignored with `measureRows`. */
  rowHeight?: number;
  /** Rows take the height of their content (short lists such as an import preview). */
  measureRows?: boolean;
  /** Minimum width of the columns together, below which the table scrolls sideways. */
  minWidth?: number;
  /** Called with the first and last index in the rendered window, to load what is missing. */
  onRangeChange?(first: number, last: number): void;
  onRowClick?(row: Row): void;
  /** The rows shown are about to be replaced (a new filter is being read): dimmed and marked busy. */
  busy?: boolean;
  /** When it changes, the table scrolls back to the top (e.g. a new filter). */
  resetKey?: unknown;
  /** Where to start (back from a detail page), and where the user is now. */
  initialOffset?: number;
  onScrollOffsetChange?(offset: number): void;
  overscan?: number;
}

const HEADER_HEIGHT = 40;
/** Assumed when the scrolling area has no measured height yet (hidden, or a test DOM without layout). */
const FALLBACK_HEIGHT = 600;

/**
 * A table whose body renders only the rows in view. It keeps table semantics (table, row,
 * columnheader, cell, aria-rowcount/rowindex) so assistive technology and tests read it as one.
 */
export function VirtualTable<Row>({
  label,
  columns,
  rowCount,
  getRow,
  getRowKey,
  loadingRowLabel,
  height,
  fitRows = false,
  rowHeight = 44,
  measureRows = false,
  minWidth = 0,
  onRangeChange,
  onRowClick,
  busy = false,
  resetKey,
  initialOffset = 0,
  onScrollOffsetChange,
  overscan = 10,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself on scroll; nothing here is memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin: HEADER_HEIGHT,
    initialOffset,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
      ),
    getItemKey: getRowKey ? (index) => getRowKey(getRow(index), index) : undefined,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? -1;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (first >= 0 && onRangeChange) onRangeChange(first, last);
  }, [first, last, onRangeChange]);

  // A new filter starts at the top of its list. The first run keeps the initial offset.
  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (Object.is(shownKey.current, resetKey)) return;
    shownKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const gridTemplateColumns = columns.map((c) => c.width).join(' ');
  const content = { minWidth, gridTemplateColumns } as CSSProperties;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={
        measureRows
          ? // Rows of unknown height: the area grows with them up to `height`, then scrolls.
            { maxHeight: height, contain: 'content' }
          : {
              height: fitRows
                ? `min(${typeof height === 'number' ? `${height}px` : height}, ${HEADER_HEIGHT + rowCount * rowHeight + 2}px)`
                : height,
            }
      }
      role="table"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-busy={busy || undefined}
      data-busy={busy || undefined}
      // The scrolling area itself is reachable by keyboard (arrows, Page Down).
      tabIndex={0}
      onScroll={onScrollOffsetChange ? (e) => onScrollOffsetChange(e.currentTarget.scrollTop) : undefined}
    >
      <div role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div
          role="row"
          aria-rowindex={1}
          className={classes.row}
          style={{ ...content, height: HEADER_HEIGHT }}
        >
          {columns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={classes.headerCell}
              style={{ textAlign: c.align }}
            >
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {items.map((item) => {
          const row = getRow(item.index);
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-busy={row === undefined || undefined}
              data-index={item.index}
              ref={measureRows ? virtualizer.measureElement : undefined}
              className={classes.row}
              data-clickable={Boolean(row && onRowClick) || undefined}
              style={{
                ...content,
                height: measureRows ? undefined : rowHeight,
                minHeight: rowHeight,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              }}
              onClick={row && onRowClick ? () => onRowClick(row) : undefined}
            >
              {row === undefined ? (
                <div role="cell" className={classes.loadingCell}>
                  {loadingRowLabel}
                </div>
              ) : (
                columns.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={measureRows ? classes.wrapCell : classes.cell}
                    style={{ textAlign: c.align }}
                  >
                    {c.render(row, item.index)}
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
