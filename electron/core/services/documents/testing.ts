// Test-only: decisions and their lines written in raw SQL, and a decision source reading them back,
// so the document tests do not depend on the decision service's own behaviour.
import type { TestCore } from '../../testing/core';
import { personInput, unitInput } from '../../testing/core';
import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { Gender } from '../../../../shared/domain/registry';
import { createDocumentsService, type DocumentsService } from '.';
import { defaultFontsDir } from '../../pdf/render';
import type { DecisionsService } from '../decisions/types';

const AT = '2026-07-05T02:00:00.000Z';
// Raw rows are read loosely here: this is a test double, typed at its results.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Row = any;
const SECTION: Record<RecipientKind, number> = { collective: 0, individual: 1, household: 2 };

export interface FixtureLine {
  kind: RecipientKind;
  name: string;
  gender?: Gender | null;
  positionUnit?: string | null;
  achievement?: string | null;
  registerNumber?: number | null;
}

export interface FixtureDecision {
  status?: 'draft' | 'signed';
  number?: number;
  date?: string;
  signer?: { kind: 'chairman' | 'vice'; name: string };
  defaultAchievement?: string | null;
  lines: FixtureLine[];
}

async function recipient(t: TestCore, line: FixtureLine): Promise<[string, number]> {
  if (line.kind === 'individual') {
    const p = await t.call('people.create', personInput(line.name, { gender: line.gender ?? null }));
    return ['person_id', p.id];
  }
  if (line.kind === 'collective') {
    const u = await t.call('units.create', { ...unitInput(line.name), clusterIds: [] });
    return ['unit_id', u.id];
  }
  const db = t.core.services.db;
  const r = db
    .prepare(`INSERT INTO households (head_name, created_at, updated_at) VALUES (?, ?, ?)`)
    .run(line.name, AT, AT);
  return ['household_id', Number(r.lastInsertRowid)];
}

/** A decision with its lines in raw SQL (Giấy khen of the chairman); returns its id and line ids. */
export async function insertDecision(
  t: TestCore,
  f: FixtureDecision,
): Promise<{ id: number; lineIds: number[] }> {
  const db = t.core.services.db;
  const catalogue = db
    .prepare("SELECT id FROM award_catalogue WHERE code = 'giay_khen_chu_tich_phuong'")
    .get() as {
    id: number;
  };
  const signed = (f.status ?? 'signed') === 'signed';
  const date = f.date ?? '2026-07-05';
  const number = f.number ?? 5;
  const signer = f.signer ?? { kind: 'vice', name: 'Trần Thị Hương' };
  const d = db
    .prepare(
      `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title, signer_on_behalf,
         subject, legal_bases, catalogue_id, status, signed_at, default_achievement, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      Number(date.slice(0, 4)),
      signed ? number : null,
      signed ? `${String(number).padStart(2, '0')}/QĐ-UBND` : null,
      signed ? date : null,
      signer.name,
      signer.kind === 'vice' ? 'Phó Chủ tịch' : 'Chủ tịch',
      signer.kind === 'vice' ? 1 : 0,
      'Về việc tặng Giấy khen',
      catalogue.id,
      signed ? 'signed' : 'draft',
      signed ? AT : null,
      f.defaultAchievement ?? 'xuất sắc trong phong trào thi đua năm 2026',
      AT,
      AT,
    );
  const id = Number(d.lastInsertRowid);
  const lineIds: number[] = [];
  for (const [i, line] of f.lines.entries()) {
    const [column, recipientId] = await recipient(t, line);
    const reg = signed ? (line.registerNumber === undefined ? i + 1 : line.registerNumber) : null;
    const r = db
      .prepare(
        `INSERT INTO awards (decision_id, position, recipient_kind, ${column}, recipient_name_snapshot,
           position_unit_snapshot, achievement, catalogue_id, register_year, register_number, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        i,
        line.kind,
        recipientId,
        line.name,
        line.positionUnit ?? null,
        line.achievement ?? null,
        catalogue.id,
        reg === null ? null : 2026,
        reg,
        AT,
        AT,
      );
    lineIds.push(Number(r.lastInsertRowid));
  }
  return { id, lineIds };
}

/** get/lines read straight from the tables written above. */
export function sqlDecisionSource(t: TestCore): Pick<DecisionsService, 'get' | 'lines'> {
  const db = t.core.services.db;
  return {
    get(id) {
      const r = db.prepare('SELECT * FROM decisions WHERE id = ?').get(id) as Row;
      return {
        id,
        year: r.year,
        number: r.number,
        numberText: r.number_text,
        decisionDate: r.decision_date,
        subject: r.subject,
        catalogueId: r.catalogue_id,
        catalogueName: 'Giấy khen của Chủ tịch UBND phường',
        status: r.status,
        method: 'regular',
        collectiveCount: 0,
        individualCount: 0,
        householdCount: 0,
        totalAmount: 0,
        signedAt: r.signed_at,
        updatedAt: r.updated_at,
        signer: {
          kind: r.signer_on_behalf ? 'vice' : 'chairman',
          name: r.signer_name,
          title: r.signer_title,
        },
        legalBases: [],
        movementId: null,
        movementName: null,
        achievementFrom: null,
        achievementTo: null,
        defaultAchievement: r.default_achievement,
        recipientOrder: 'entered',
        cancelledAt: null,
        cancelReason: null,
        createdAt: r.created_at,
      } satisfies Decision;
    },
    lines(decisionId) {
      const rows = db
        .prepare('SELECT * FROM awards WHERE decision_id = ? ORDER BY position')
        .all(decisionId) as Row[];
      return rows
        .map((r): AwardLine => ({
          id: r.id,
          decisionId,
          stt: 0,
          recipientKind: r.recipient_kind,
          recipientId: r.person_id ?? r.unit_id ?? r.household_id,
          name: r.recipient_name_snapshot,
          positionUnit: r.position_unit_snapshot,
          staffCategory: null,
          achievement: r.achievement,
          catalogueId: r.catalogue_id,
          catalogueName: 'Giấy khen',
          paid: false,
          amount: 0,
          baseSalaryUsed: null,
          registerYear: r.register_year,
          registerNumber: r.register_number,
          printCount: 0,
          lastPrintedAt: null,
        }))
        .sort((a, b) => SECTION[a.recipientKind] - SECTION[b.recipientKind]);
    },
  };
}

/** A documents service on the test core's database reading decisions from the raw tables. */
/** `batchSize` fixes the batch (2 by default, to exercise the merge); 'adaptive' sizes it by speed. */
export function testDocuments(t: TestCore, batchSize: number | 'adaptive' = 2): DocumentsService {
  const s = t.core.services;
  return createDocumentsService({
    db: s.db,
    clock: s.clock,
    settings: s.settings,
    log: s.log,
    fontsDir: defaultFontsDir(),
    decisions: sqlDecisionSource(t),
    ...(batchSize === 'adaptive' ? {} : { batchSize }),
  });
}

/** Polls a job until it is no longer running. */
export async function waitJob(docs: DocumentsService, jobId: string) {
  for (;;) {
    const p = docs.progress(jobId);
    if (p.status !== 'running') return p;
    await new Promise((r) => setTimeout(r, 20));
  }
}
