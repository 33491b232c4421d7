// A long decision's PDF rendered in pieces (small ones forced here) against the one-call render of
// the same decision: same pages, page numbers running on, the total once, "DỰ THẢO" everywhere on
// a draft, and the event loop served between pieces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import {
  catalogueId,
  insertTestAward,
  insertTestDecision,
  insertTestHousehold,
  insertTestPerson,
  insertTestUnit,
} from '../../testing/award-fixtures';
import { linesOf, pdfPages, pdfText } from '../../pdf/pdf-inspect';
import { defaultFontsDir, renderPdf } from '../../pdf/render';
import { buildDecisionDocument } from '../../pdf/decision';
import type { DocDefinition } from '../../pdf/doc';
import { householdHeadGenders } from '../../db/repos/award-head-genders';
import { awardKind, decisionDocumentData } from './document-data';
import { createDocumentsService, type DocumentsService } from '.';
import { renderDecisionPdf, type PieceOptions } from './decision-pieces';
import type { DecisionDocumentData } from '../../../../shared/domain/decision-document';

const COLLECTIVES = 4;
const INDIVIDUALS = 60;
const HOUSEHOLDS = 940;
const LINES = COLLECTIVES + INDIVIDUALS + HOUSEHOLDS;
/** 60 individuals paid 760.000 đ each; collectives and households nothing. */
const TOTAL = '45.600.000';

let t: TestCore;
let draftId: number;
let longRowsId: number;

/** A decision of `LINES` lines written straight into the tables, individuals paid; `achievements` by line number. */
function insertDecision(status: 'draft' | 'signed', achievements: Map<number, string> = new Map()): number {
  const db = t.core.services.db;
  return db.transaction(() => {
    const id = insertTestDecision(db, { status, catalogueId: catalogueId(db, 'gia_dinh_van_hoa') });
    let position = 0;
    const line = (kind: 'collective' | 'individual' | 'household', recipientId: number, name: string) => {
      const award = insertTestAward(db, {
        decisionId: id,
        kind,
        recipientId,
        name,
        positionUnit: kind === 'household' ? `Tổ dân phố số ${position % 37}` : 'Phường Lê Chân',
        amount: kind === 'individual' ? 760_000 : 0,
        position: position++,
      });
      const achievement = achievements.get(position);
      if (achievement) db.prepare('UPDATE awards SET achievement = ? WHERE id = ?').run(achievement, award);
    };
    for (let i = 1; i <= COLLECTIVES; i++) {
      const name = `Tổ dân phố văn hóa số ${i}`;
      line('collective', insertTestUnit(db, name), name);
    }
    for (let i = 1; i <= INDIVIDUALS; i++) {
      const name = `Trần Thị Hồng Nhung ${i}`;
      line('individual', insertTestPerson(db, name), name);
    }
    for (let i = 1; i <= HOUSEHOLDS; i++) {
      const name = `Nguyễn Văn Hùng ${i}`;
      line('household', insertTestHousehold(db, name), name);
    }
    return id;
  })();
}

function documents(pieces: PieceOptions): DocumentsService {
  const s = t.core.services;
  return createDocumentsService({
    db: s.db,
    clock: s.clock,
    settings: s.settings,
    log: s.log,
    fontsDir: defaultFontsDir(),
    decisions: s.decisions,
    decisionPieces: pieces,
  });
}

/** What decisionPdf prints for a decision. */
function documentData(id: number): DecisionDocumentData {
  const s = t.core.services;
  const decision = s.decisions.get(id);
  return decisionDocumentData(
    decision,
    s.decisions.lines(id),
    s.settings.get(),
    awardKind(s.db, decision.catalogueId),
    householdHeadGenders(s.db, id),
  );
}

const ONE_PIECE: PieceOptions = { onePieceMaxLines: Number.POSITIVE_INFINITY };
/** 27 pages in pieces of about 5 (the first one 100 rows: the decision and 3 pages of the list). */
const SMALL_PIECES: PieceOptions = { onePieceMaxLines: 300, pieceWeight: 200 };

/** Each page's first line as laid out: its number (from page 2) and, on a draft, "DỰ THẢO" beside it. */
const topLines = (pdf: Buffer): string[] => pdfText(pdf, true).map((page) => linesOf(page)[0]!);

const HEADER_ROW = /^(STT Họ và tên \/ Tên tập thể .*|\(đồng\))$/;

/** The list's lines of every page as laid out, without the page's top line and the repeated header row. */
function listLines(pdf: Buffer): string[] {
  const pages = pdfText(pdf, true).map(linesOf);
  const start = pages.findIndex((p) => p.includes('DANH SÁCH'));
  return pages.slice(start).flatMap((lines) => lines.slice(1).filter((l) => !HEADER_ROW.test(l)));
}

beforeAll(() => {
  t = startTestCore();
  draftId = insertDecision('draft');
  // Two lines too long to keep whole: rows may then split over pages, and pieces end where they end.
  const long = 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước. '.repeat(12);
  longRowsId = insertDecision(
    'signed',
    new Map([
      [30, long],
      [700, long],
    ]),
  );
});
afterAll(() => t.close());

describe('a long decision rendered in pieces', () => {
  let one: Buffer;
  let pieces: Buffer;
  let onePages: string[][];
  let piecePages: string[][];

  beforeAll(async () => {
    one = (await documents(ONE_PIECE).decisionPdf(draftId)).bytes;
    const file = await documents(SMALL_PIECES).decisionPdf(draftId);
    pieces = file.bytes;
    expect(file.pageCount).toBe(pdfPages(pieces));
    onePages = pdfText(one).map(linesOf);
    piecePages = pdfText(pieces).map(linesOf);
  });

  it('prints the same pages as the one-call render: rows, order, STT, page breaks and numbers', () => {
    expect(onePages.length).toBeGreaterThan(25);
    expect(piecePages).toEqual(onePages);
    const list = listLines(pieces);
    expect(list.filter((l) => /^(I|II|III)\. /.test(l))).toEqual([
      'I. TẬP THỂ',
      'II. CÁ NHÂN',
      'III. HỘ GIA ĐÌNH',
    ]);
    // STT restarts in each section and runs on across the pieces.
    const households = list.slice(list.indexOf('III. HỘ GIA ĐÌNH') + 1).filter((l) => /^\d+ Nguyễn/.test(l));
    expect(households).toEqual(
      Array.from(
        { length: HOUSEHOLDS },
        (_, i) => `${i + 1} Nguyễn Văn Hùng ${i + 1} Tổ dân phố số ${(COLLECTIVES + INDIVIDUALS + i) % 37} 0`,
      ),
    );
  });

  it('gives the same pages with pieces sized by time, as the app renders them', async () => {
    // The first piece holds 100 rows: there are at least two.
    const file = await documents({ onePieceMaxLines: 300 }).decisionPdf(draftId);
    expect(pdfText(file.bytes).map(linesOf)).toEqual(onePages);
    expect(file.pageCount).toBe(onePages.length);
  });

  it('numbers pages 2 to the end once each, marks every page "DỰ THẢO", and prints the total once, last', () => {
    const count = pdfPages(pieces);
    expect(topLines(pieces)).toEqual(
      Array.from({ length: count }, (_, i) => (i === 0 ? 'DỰ THẢO' : `${i + 1} DỰ THẢO`)),
    );
    const totals = piecePages.flatMap((lines, i) => lines.filter((l) => l.includes(TOTAL)).map(() => i + 1));
    // Điều 2 on page 1 states the sum; the list's "Tổng cộng" row is on the last page only.
    expect(totals).toEqual([1, count]);
    const list = listLines(pieces);
    expect(list.filter((l) => l.startsWith('Tổng cộng'))).toHaveLength(1);
    expect(list.slice(-2)).toEqual([`Tổng cộng ${TOTAL}`, `(Danh sách có ${LINES} trường hợp)`]);
  });
});

describe('pieces of a list whose rows may split over pages', () => {
  it('keeps every row in order with the page numbers running on, though pages break elsewhere', async () => {
    const one = (await documents(ONE_PIECE).decisionPdf(longRowsId)).bytes;
    const pieces = (await documents(SMALL_PIECES).decisionPdf(longRowsId)).bytes;
    expect(listLines(pieces)).toEqual(listLines(one));
    const count = pdfPages(pieces);
    // Each piece but the last ends with a part-filled page.
    expect(count).toBeGreaterThan(pdfPages(one));
    const tops = topLines(pieces);
    expect(tops[0]).toMatch(/^ỦY BAN NHÂN DÂN/);
    expect(tops.slice(1)).toEqual(Array.from({ length: count - 1 }, (_, i) => String(i + 2)));
    expect(listLines(pieces).filter((l) => l.startsWith('Tổng cộng'))).toEqual([`Tổng cộng ${TOTAL}`]);
  });
});

describe('renderDecisionPdf', () => {
  const render = (doc: DocDefinition) => renderPdf(doc, { wardName: 'Phường Lê Chân' });

  it('serves the event loop between pieces', async () => {
    const data = documentData(draftId);
    let rendered = 0;
    const turns: number[] = [];
    // A callback queued before the render starts runs while it is under way, between two pieces.
    setImmediate(() => turns.push(rendered));
    const ticking = setInterval(() => turns.push(rendered), 1);
    const file = await renderDecisionPdf(
      data,
      async (doc) => {
        const bytes = await render(doc);
        rendered++;
        return bytes;
      },
      'Phường Lê Chân',
      SMALL_PIECES,
    );
    clearInterval(ticking);
    expect(file.pieces).toBe(rendered);
    expect(file.pieces).toBeGreaterThan(5);
    expect(turns[0]).toBeLessThan(file.pieces);
    // Timers ran after every piece but the last, not only once the whole PDF was done.
    expect(new Set(turns.filter((n) => n > 0 && n < file.pieces)).size).toBe(file.pieces - 1);
  });

  it('renders a list of up to 300 lines in one call, as before', async () => {
    const data = documentData(draftId);
    const short = { ...data, lines: data.lines.slice(0, 300) };
    const docs: DocDefinition[] = [];
    const file = await renderDecisionPdf(short, (doc) => (docs.push(doc), render(doc)), 'Phường Lê Chân');
    expect(file.pieces).toBe(1);
    expect(docs).toHaveLength(1);
    expect(pdfText(file.bytes)).toEqual(pdfText(await render(buildDecisionDocument(short))));
    expect(file.pageCount).toBe(pdfPages(file.bytes));
  });
});
