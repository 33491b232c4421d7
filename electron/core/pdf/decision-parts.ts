// A long decision's PDF as consecutive parts, each laid out on its own so the main process is never
// busy for seconds: the first part is the decision and the start of its list, the next ones carry
// the list on (a section title where a section starts, STT continuing, the header row on every
// page), the last one closes it with the total and the count. Each part numbers its pages on from
// the previous one. services/documents/decision-pieces.ts renders and joins them.
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import type { Content, ContentNode, DocDefinition, PageDimensions } from './doc';
import { decisionBody, decisionPageSetup } from './decision';
import {
  listCountNode,
  listRows,
  listTable,
  listTableFrame,
  listTitle,
  listTotalRows,
} from './decision-list';
import { sections } from './decision-text';

export interface DecisionParts {
  /** Rows of the list (section titles and lines) in print order. */
  readonly rowCount: number;
  /** No row splits over two pages, so a part can end exactly where a page of the whole list ends. */
  readonly rowsWhole: boolean;
  /**
   * Where the part starting at row `from` ends: after about `budget` of layout work, a plain
   * one-line row costing 1 and a longer one more, never with a section title as its last row.
   */
  end(from: number, budget: number): number;
  /** The layout work of rows [from, to), as `end` counts it. */
  weight(from: number, to: number): number;
  /** Rows [from, to): from 0 it opens with the decision, to rowCount it closes the list. */
  part(from: number, to: number, firstPage: number): DocDefinition;
}

/** Characters of a row's text that cost about as much to lay out as a plain one-line row. */
const CHARS_PER_WEIGHT = 60;

const rowWeight = (row: readonly ContentNode[]): number =>
  Math.max(
    1,
    row.reduce((n, cell) => n + (typeof cell.text === 'string' ? cell.text.length : 0), 0) / CHARS_PER_WEIGHT,
  );

const ROW_ID = 'decision-list-row-';

/** The builder of every part of `data`'s PDF; the rows are built once. */
export function decisionParts(data: DecisionDocumentData): DecisionParts {
  const frame = listTableFrame(data);
  // The first cell carries the row's index, so the layout can say on which page each row starts.
  const rows = listRows(data).map(([first, ...rest], i) => [{ ...first, id: `${ROW_ID}${i}` }, ...rest]);
  const weights = rows.map(rowWeight);
  const titles = new Set<number>();
  let at = 0;
  for (const section of sections(data.lines)) {
    titles.add(at);
    at += 1 + section.lines.length;
  }
  return {
    rowCount: rows.length,
    rowsWhole: frame.keepRowsWhole,
    end(from, budget) {
      let to = from;
      for (let spent = 0; to < rows.length && (to === from || spent < budget); to++) spent += weights[to]!;
      while (to < rows.length && titles.has(to - 1)) to++;
      return to;
    },
    weight(from, to) {
      let sum = 0;
      for (let i = from; i < to; i++) sum += weights[i]!;
      return sum;
    },
    part(from, to, firstPage) {
      const last = to >= rows.length;
      const slice = [...rows.slice(from, to), ...(last ? listTotalRows(data) : [])];
      const content: Content[] = [
        ...(from === 0 ? [...decisionBody(data), ...listTitle(data)] : []),
        listTable(frame, slice),
        ...(last ? [listCountNode(data)] : []),
      ];
      return { ...decisionPageSetup(data, firstPage), content };
    },
  };
}

/** What pdfmake settled on for a part, read while it rendered. */
export interface PartLayout {
  /** Pages of the part. */
  pages: number;
  /** The page (1-based, within the part) on which each row of the part starts, by row index. */
  rowPages: Map<number, number>;
}

interface NodeInfo {
  id?: string;
  pageNumbers?: number[];
}

/**
 * The part with two observers pdfmake calls as it lays out: the page decorations (once per page,
 * so the highest page seen is the page count) and pageBreakBefore, asked for every laid-out node
 * with the pages it landed on and always answered "no break". renderPdf hands every key of the
 * definition to pdfmake. The layout is filled in once the part is rendered.
 */
export function observeLayout(doc: DocDefinition): { doc: DocDefinition; layout: PartLayout } {
  const layout: PartLayout = { pages: 0, rowPages: new Map() };
  const background = doc.background;
  const observed = {
    ...doc,
    background: (page: number, size: PageDimensions) => {
      layout.pages = Math.max(layout.pages, page);
      return typeof background === 'function' ? background(page, size) : (background ?? null);
    },
    pageBreakBefore: (node: NodeInfo) => {
      const page = node.pageNumbers?.[0];
      if (node.id?.startsWith(ROW_ID) && page !== undefined)
        layout.rowPages.set(Number(node.id.slice(ROW_ID.length)), page);
      return false;
    },
  };
  return { doc: observed, layout };
}
