import { isoDate, recipientCheck, recipientColumns, SEARCH, STAMPS, timestamp, TRASH, year } from './columns';

/** Emulation movements, registrations in them, and exemplary models found through them. */
export const MOVEMENTS_SQL = `
-- Movements (phong trào thi đua): launching document, period, scope; starts_on/ends_on for campaigns under a year
CREATE TABLE movements (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  theme TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'periodic', 'thematic')),
  scope TEXT NOT NULL DEFAULT 'ward' CHECK (scope IN ('ward', 'cluster', 'unit')),
  scope_cluster_id INTEGER REFERENCES clusters(id) ON DELETE RESTRICT,
  scope_unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  doc_number TEXT,
  ${isoDate('doc_date')},
  doc_signer TEXT,
  ${year('period_from_year', true)},
  ${year('period_to_year', true)},
  ${isoDate('starts_on')},
  ${isoDate('ends_on')},
  responsible_office TEXT,
  description TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'launched', 'in_progress', 'reviewing', 'closed')),
  ${SEARCH},
  ${STAMPS},
  ${TRASH},
  CHECK (period_to_year >= period_from_year),
  CHECK (starts_on IS NULL OR CAST(substr(starts_on, 1, 4) AS INTEGER) = period_from_year),
  CHECK (ends_on IS NULL OR CAST(substr(ends_on, 1, 4) AS INTEGER) = period_to_year),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  CHECK ((scope = 'cluster') = (scope_cluster_id IS NOT NULL) AND (scope = 'unit') = (scope_unit_id IS NOT NULL))
) STRICT;
CREATE INDEX movements_scope_cluster_id ON movements(scope_cluster_id);
CREATE INDEX movements_scope_unit_id ON movements(scope_unit_id);
CREATE INDEX movements_period ON movements(period_from_year, period_to_year);
CREATE INDEX movements_search_text ON movements(search_text);

-- Criteria (tiêu chí) of a movement, in order, with an optional target and weight
CREATE TABLE movement_criteria (
  id INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  content TEXT NOT NULL CHECK (content <> ''),
  target TEXT,
  weight_percent INTEGER CHECK (weight_percent BETWEEN 0 AND 100),
  ${STAMPS}
) STRICT;
CREATE INDEX movement_criteria_movement_id ON movement_criteria(movement_id, position);

-- Units taking part in a movement
CREATE TABLE movement_units (
  movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  ${timestamp('created_at')},
  PRIMARY KEY (movement_id, unit_id)
) STRICT;
CREATE INDEX movement_units_unit_id ON movement_units(unit_id);

-- Registrations (đăng ký thi đua) for a movement or for a year, with the titles registered for
CREATE TABLE registrations (
  id INTEGER PRIMARY KEY,
  movement_id INTEGER REFERENCES movements(id) ON DELETE RESTRICT,
  ${year('year', true)},
  ${recipientColumns('registrant_kind')},
  commitments TEXT,
  status TEXT NOT NULL DEFAULT 'not_sent' CHECK (status IN ('not_sent', 'sent', 'approved', 'returned')),
  return_reason TEXT,
  result TEXT CHECK (result IN ('achieved', 'not_achieved')),
  result_note TEXT,
  ${timestamp('sent_at', false)},
  ${timestamp('reviewed_at', false)},
  ${STAMPS},
  ${recipientCheck('registrant_kind')},
  CHECK (result IS NULL OR status = 'approved')
) STRICT;
CREATE INDEX registrations_movement_id ON registrations(movement_id);
CREATE INDEX registrations_year ON registrations(year, status);
CREATE INDEX registrations_unit_id ON registrations(unit_id);
CREATE INDEX registrations_person_id ON registrations(person_id);
CREATE INDEX registrations_household_id ON registrations(household_id);

CREATE TABLE registration_titles (
  registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  catalogue_id INTEGER NOT NULL REFERENCES award_catalogue(id) ON DELETE RESTRICT,
  ${timestamp('created_at')},
  PRIMARY KEY (registration_id, catalogue_id)
) STRICT;
CREATE INDEX registration_titles_catalogue_id ON registration_titles(catalogue_id);

-- Exemplary models (điển hình tiên tiến): discovered → nurtured → summarized → replicated; evidence in attachments
CREATE TABLE exemplary_models (
  id INTEGER PRIMARY KEY,
  ${recipientColumns('subject_kind')},
  field TEXT,
  movement_id INTEGER REFERENCES movements(id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  source TEXT,
  stage TEXT NOT NULL DEFAULT 'discovered' CHECK (stage IN ('discovered', 'nurtured', 'summarized', 'replicated')),
  ${isoDate('discovered_on')},
  ${SEARCH},
  ${STAMPS},
  ${TRASH},
  ${recipientCheck('subject_kind')}
) STRICT;
CREATE INDEX exemplary_models_unit_id ON exemplary_models(unit_id);
CREATE INDEX exemplary_models_person_id ON exemplary_models(person_id);
CREATE INDEX exemplary_models_household_id ON exemplary_models(household_id);
CREATE INDEX exemplary_models_movement_id ON exemplary_models(movement_id);
CREATE INDEX exemplary_models_stage ON exemplary_models(stage);
CREATE INDEX exemplary_models_search_text ON exemplary_models(search_text);

-- Each move of a model to a stage: the stage date, who moved it and when it was recorded
CREATE TABLE model_stage_history (
  id INTEGER PRIMARY KEY,
  model_id INTEGER NOT NULL REFERENCES exemplary_models(id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('discovered', 'nurtured', 'summarized', 'replicated')),
  ${isoDate('on_date', true)},
  note TEXT,
  moved_by TEXT NOT NULL,
  ${timestamp('at')}
) STRICT;
CREATE INDEX model_stage_history_model_id ON model_stage_history(model_id, on_date);
`;
