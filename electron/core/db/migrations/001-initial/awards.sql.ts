import {
  flag,
  isoDate,
  json,
  recipientCheck,
  recipientColumns,
  SEARCH,
  STAMPS,
  timestamp,
  TRASH,
  year,
} from './columns';

/** Proposals reviewed by the Hội đồng, decisions, their lines (awards) and the certificates printed. */
export const AWARDS_SQL = `
-- Proposals (đề nghị / tờ trình) from a unit, or from the office when from_unit_id is NULL
CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  doc_number TEXT,
  ${isoDate('doc_date')},
  from_unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  movement_id INTEGER REFERENCES movements(id) ON DELETE RESTRICT,
  ${year('year', true)},
  title TEXT NOT NULL CHECK (title <> ''),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewed', 'decided', 'returned')),
  ${isoDate('received_on')},
  ${isoDate('reviewed_on')},
  note TEXT,
  ${SEARCH},
  ${STAMPS},
  ${TRASH}
) STRICT;
CREATE INDEX proposals_from_unit_id ON proposals(from_unit_id);
CREATE INDEX proposals_movement_id ON proposals(movement_id);
CREATE INDEX proposals_year ON proposals(year, status);
CREATE INDEX proposals_search_text ON proposals(search_text);

-- Candidates of a proposal and the Hội đồng's outcome; decision_id once a decision includes them
CREATE TABLE proposal_candidates (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  ${recipientColumns('recipient_kind')},
  catalogue_id INTEGER NOT NULL REFERENCES award_catalogue(id) ON DELETE RESTRICT,
  achievement TEXT,
  review_outcome TEXT CHECK (review_outcome IN ('approved', 'rejected', 'proposed_upward')),
  review_note TEXT,
  decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
  ${STAMPS},
  ${recipientCheck('recipient_kind')}
) STRICT;
CREATE INDEX proposal_candidates_proposal_id ON proposal_candidates(proposal_id, position);
CREATE INDEX proposal_candidates_unit_id ON proposal_candidates(unit_id);
CREATE INDEX proposal_candidates_person_id ON proposal_candidates(person_id);
CREATE INDEX proposal_candidates_household_id ON proposal_candidates(household_id);
CREATE INDEX proposal_candidates_catalogue_id ON proposal_candidates(catalogue_id);
CREATE INDEX proposal_candidates_decision_id ON proposal_candidates(decision_id);

-- Decisions (Quyết định khen thưởng): numbered per calendar year at signing; only drafts may be trashed or deleted
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  ${year('year', true)},
  number INTEGER CHECK (number >= 1),
  number_text TEXT CHECK (number_text <> ''),
  ${isoDate('decision_date')},
  signer_name TEXT,
  signer_title TEXT,
  ${flag('signer_on_behalf', 0)},
  subject TEXT,
  legal_bases TEXT,
  movement_id INTEGER REFERENCES movements(id) ON DELETE RESTRICT,
  catalogue_id INTEGER REFERENCES award_catalogue(id) ON DELETE RESTRICT,
  ${isoDate('achievement_from')},
  ${isoDate('achievement_to')},
  method TEXT NOT NULL DEFAULT 'regular' CHECK (method IN ('regular', 'thematic', 'ad_hoc')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'cancelled')),
  attachment_id INTEGER REFERENCES attachments(id) ON DELETE RESTRICT,
  ${timestamp('signed_at', false)},
  ${timestamp('cancelled_at', false)},
  cancel_reason TEXT,
  ${SEARCH},
  ${STAMPS},
  ${TRASH},
  UNIQUE (year, number),
  CHECK ((number IS NULL) = (number_text IS NULL)),
  CHECK (decision_date IS NULL OR CAST(substr(decision_date, 1, 4) AS INTEGER) = year),
  CHECK (achievement_to IS NULL OR achievement_from IS NULL OR achievement_to >= achievement_from),
  CHECK (status = 'draft' OR (number IS NOT NULL AND decision_date IS NOT NULL AND signer_name IS NOT NULL
    AND signer_title IS NOT NULL AND subject IS NOT NULL AND catalogue_id IS NOT NULL AND signed_at IS NOT NULL)),
  CHECK (status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)),
  CHECK (deleted_at IS NULL OR status = 'draft')
) STRICT;
CREATE INDEX decisions_movement_id ON decisions(movement_id);
CREATE INDEX decisions_catalogue_id ON decisions(catalogue_id);
CREATE INDEX decisions_attachment_id ON decisions(attachment_id);
CREATE INDEX decisions_search_text ON decisions(search_text);
-- A signed or cancelled decision is history: deleting it (and cascading its lines) is refused.
CREATE TRIGGER decisions_keep_signed BEFORE DELETE ON decisions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'signed or cancelled decisions cannot be deleted');
END;

-- Corrections to a signed decision: who, when, why, and the changed fields before/after
CREATE TABLE decision_corrections (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE RESTRICT,
  ${timestamp('at')},
  actor TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason <> ''),
  ${json('before_json')},
  ${json('after_json')}
) STRICT;
CREATE INDEX decision_corrections_decision_id ON decision_corrections(decision_id, at);

-- Awards: the lines of a decision's list; names snapshotted as printed, money in đồng, số sổ vàng
CREATE TABLE awards (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  ${recipientColumns('recipient_kind')},
  recipient_name_snapshot TEXT NOT NULL CHECK (recipient_name_snapshot <> ''),
  position_unit_snapshot TEXT,
  staff_category_snapshot TEXT CHECK (staff_category_snapshot IN ('ward_leader', 'dept_leader', 'civil_servant', 'direct_worker', 'entrepreneur', 'citizen')),
  achievement TEXT,
  catalogue_id INTEGER NOT NULL REFERENCES award_catalogue(id) ON DELETE RESTRICT,
  proposal_candidate_id INTEGER REFERENCES proposal_candidates(id) ON DELETE SET NULL,
  base_salary_used INTEGER CHECK (base_salary_used > 0),
  amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
  ${flag('paid', 0)},
  ${year('register_year')},
  register_number INTEGER CHECK (register_number >= 1),
  ${SEARCH},
  ${STAMPS},
  ${recipientCheck('recipient_kind')},
  CHECK (paid = 1 OR amount = 0),
  CHECK (amount = 0 OR base_salary_used IS NOT NULL),
  CHECK ((register_year IS NULL) = (register_number IS NULL))
) STRICT;
CREATE INDEX awards_decision_id ON awards(decision_id, position);
CREATE INDEX awards_unit_id ON awards(unit_id);
CREATE INDEX awards_person_id ON awards(person_id);
CREATE INDEX awards_household_id ON awards(household_id);
CREATE INDEX awards_catalogue_id ON awards(catalogue_id);
CREATE INDEX awards_proposal_candidate_id ON awards(proposal_candidate_id);
CREATE INDEX awards_search_text ON awards(search_text);
CREATE UNIQUE INDEX awards_register ON awards(register_year, register_number) WHERE register_number IS NOT NULL;

-- Certificate prints: each time a certificate (Giấy khen) is printed, full page or on a pre-printed blank
CREATE TABLE certificate_prints (
  id INTEGER PRIMARY KEY,
  award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
  ${timestamp('printed_at')},
  printed_by TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('full', 'blank_form')),
  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1),
  note TEXT
) STRICT;
CREATE INDEX certificate_prints_award_id ON certificate_prints(award_id);
`;
