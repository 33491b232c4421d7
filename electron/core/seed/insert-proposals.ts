// Sample proposals (đề nghị) for the current year, made from what the seed already wrote, so the
// Đề nghị tab shows the three moments of the flow: awaiting review, reviewed, and decided into the
// year's draft decision. Chosen by id order, so the same seed gives the same proposals.
import type { Db } from '../db/types';
import { proposalSearchText } from '../db/repos/proposals';

type Ref = { kind: 'collective' | 'individual' | 'household'; id: number };
type Candidate = Ref & {
  catalogueId: number;
  outcome: 'approved' | 'rejected' | null;
  note: string | null;
  decisionId: number | null;
  /** The award line of the draft decision this candidate became. */
  lineId: number | null;
};

const REF_COLUMN = { collective: 'unit_id', individual: 'person_id', household: 'household_id' } as const;

/** Inserts up to three proposals of `year`; returns how many. */
export function insertProposals(db: Db, year: number, at: string): number {
  const catalogue = (code: string) =>
    (db.prepare('SELECT id FROM award_catalogue WHERE code = ?').get(code) as { id: number } | undefined)?.id;
  const addProposal = db.prepare(
    `INSERT INTO proposals (doc_number, doc_date, from_unit_id, year, title, status, received_on, reviewed_on,
       search_text, created_at, updated_at)
     VALUES (@docNumber, @docDate, @fromUnitId, @year, @title, @status, @receivedOn, @reviewedOn, @searchText, @at, @at)`,
  );
  const add = (
    p: { docNumber: string; fromUnitId: number; title: string; status: string; reviewed: boolean },
    candidates: Candidate[],
  ) => {
    const proposalId = Number(
      addProposal.run({
        ...p,
        docDate: `${year}-11-05`,
        year,
        receivedOn: `${year}-11-07`,
        reviewedOn: p.reviewed ? `${year}-11-20` : null,
        searchText: proposalSearchText(p),
        at,
      }).lastInsertRowid,
    );
    candidates.forEach((c, position) => {
      const candidateId = Number(
        db
          .prepare(
            `INSERT INTO proposal_candidates (proposal_id, position, recipient_kind, ${REF_COLUMN[c.kind]},
               catalogue_id, review_outcome, review_note, decision_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(proposalId, position, c.kind, c.id, c.catalogueId, c.outcome, c.note, c.decisionId, at, at)
          .lastInsertRowid,
      );
      if (c.lineId !== null)
        db.prepare('UPDATE awards SET proposal_candidate_id = ? WHERE id = ?').run(candidateId, c.lineId);
    });
  };
  let count = 0;

  // Decided: a unit's people in the year's draft decision came from its tờ trình.
  const draft = db
    .prepare(
      "SELECT id, catalogue_id AS catalogueId FROM decisions WHERE year = ? AND status = 'draft' ORDER BY id",
    )
    .get(year) as { id: number; catalogueId: number } | undefined;
  const draftLines = draft
    ? (db
        .prepare(
          `SELECT a.id AS lineId, a.person_id AS id, a.catalogue_id AS catalogueId, p.unit_id AS unitId
           FROM awards a JOIN people p ON p.id = a.person_id
           WHERE a.decision_id = ? AND p.unit_id IS NOT NULL ORDER BY a.id`,
        )
        .all(draft.id) as { lineId: number; id: number; catalogueId: number; unitId: number }[])
    : [];
  const decidedUnit = draftLines[0]?.unitId;
  if (draft && decidedUnit !== undefined) {
    const taken = draftLines.filter((l) => l.unitId === decidedUnit).slice(0, 6);
    add(
      {
        docNumber: '12/TTr',
        fromUnitId: decidedUnit,
        title: `Đề nghị công nhận danh hiệu Lao động tiên tiến năm ${year}`,
        status: 'decided',
        reviewed: true,
      },
      taken.map((l) => ({
        kind: 'individual',
        id: l.id,
        catalogueId: l.catalogueId,
        outcome: 'approved',
        note: null,
        decisionId: draft.id,
        lineId: l.lineId,
      })),
    );
    count++;
  }

  // Reviewed, not yet decided: Giấy khen for three people of another unit, one not agreed.
  const giayKhen = catalogue('giay_khen_chu_tich_phuong');
  const unit = db
    .prepare(
      `SELECT unit_id AS id FROM people WHERE unit_id IS NOT NULL AND unit_id IS NOT ? AND deleted_at IS NULL
       GROUP BY unit_id HAVING count(*) >= 3 ORDER BY unit_id LIMIT 1`,
    )
    .get(decidedUnit ?? null) as { id: number } | undefined;
  if (giayKhen !== undefined && unit) {
    const people = db
      .prepare('SELECT id FROM people WHERE unit_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 3')
      .all(unit.id) as { id: number }[];
    add(
      {
        docNumber: '27/TTr',
        fromUnitId: unit.id,
        title: `Đề nghị tặng Giấy khen năm ${year}`,
        status: 'reviewed',
        reviewed: true,
      },
      people.map((p, i) => ({
        kind: 'individual',
        id: p.id,
        catalogueId: giayKhen,
        outcome: i === 2 ? 'rejected' : 'approved',
        note: i === 2 ? 'Chưa đủ 10 tháng công tác trong năm.' : null,
        decisionId: null,
        lineId: null,
      })),
    );
    count++;
  }

  // Awaiting the Hội đồng: a tổ dân phố proposes itself and two of its households.
  const tdpVanHoa = catalogue('to_dan_pho_van_hoa');
  const giaDinhVanHoa = catalogue('gia_dinh_van_hoa');
  const group = db
    .prepare(
      `SELECT u.id FROM units u WHERE u.kind = 'residential_group' AND u.deleted_at IS NULL
         AND (SELECT count(*) FROM households h WHERE h.residential_group_unit_id = u.id) >= 2
       ORDER BY u.id LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  if (tdpVanHoa !== undefined && giaDinhVanHoa !== undefined && group) {
    const households = db
      .prepare('SELECT id FROM households WHERE residential_group_unit_id = ? ORDER BY id LIMIT 2')
      .all(group.id) as { id: number }[];
    add(
      {
        docNumber: '03/TTr-TDP',
        fromUnitId: group.id,
        title: `Đề nghị công nhận danh hiệu văn hóa năm ${year}`,
        status: 'submitted',
        reviewed: false,
      },
      [
        {
          kind: 'collective',
          id: group.id,
          catalogueId: tdpVanHoa,
          outcome: null,
          note: null,
          decisionId: null,
          lineId: null,
        },
        ...households.map((h) => ({
          kind: 'household' as const,
          id: h.id,
          catalogueId: giaDinhVanHoa,
          outcome: null,
          note: null,
          decisionId: null,
          lineId: null,
        })),
      ],
    );
    count++;
  }
  return count;
}
