import { flag, isoDate, SEARCH, STAMPS, TRASH, year } from './columns';

/** Who can be commended: units, emulation clusters, people, households. */
export const REGISTRY_SQL = `
-- Units (đơn vị): kept after they merge or dissolve (active_to, successor_id), never deleted once awarded
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  short_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('party_gov', 'mass_org', 'public_service', 'school', 'health_station', 'residential_group', 'enterprise', 'other')),
  parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  successor_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  contact_person TEXT,
  phone TEXT,
  address TEXT,
  ${isoDate('active_from')},
  ${isoDate('active_to')},
  note TEXT,
  ${SEARCH},
  ${STAMPS},
  ${TRASH},
  CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
) STRICT;
CREATE INDEX units_parent_id ON units(parent_id);
CREATE INDEX units_successor_id ON units(successor_id);
CREATE INDEX units_kind ON units(kind);
CREATE INDEX units_search_text ON units(search_text);

-- Emulation clusters and blocks (cụm / khối thi đua) and which units belong to them, over time
CREATE TABLE clusters (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('cluster', 'block')),
  note TEXT,
  ${SEARCH},
  ${STAMPS},
  ${TRASH}
) STRICT;
CREATE INDEX clusters_search_text ON clusters(search_text);

CREATE TABLE cluster_members (
  id INTEGER PRIMARY KEY,
  cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  ${isoDate('active_from')},
  ${isoDate('active_to')},
  note TEXT,
  ${STAMPS},
  CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
) STRICT;
CREATE INDEX cluster_members_cluster_id ON cluster_members(cluster_id);
CREATE INDEX cluster_members_unit_id ON cluster_members(unit_id);

-- People (cá nhân): birth_year is always set when the year is known; birth_date only when the full date is
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL CHECK (full_name <> ''),
  gender TEXT CHECK (gender IN ('male', 'female')),
  ${isoDate('birth_date')},
  ${year('birth_year')},
  unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  position TEXT,
  staff_category TEXT CHECK (staff_category IN ('ward_leader', 'dept_leader', 'civil_servant', 'direct_worker', 'entrepreneur', 'citizen')),
  identity_number TEXT CHECK (length(identity_number) IN (9, 12) AND identity_number NOT GLOB '*[^0-9]*'),
  phone TEXT,
  address TEXT,
  note TEXT,
  ${flag('active', 1)},
  ${SEARCH},
  ${STAMPS},
  ${TRASH},
  CHECK (birth_date IS NULL OR birth_year IS CAST(substr(birth_date, 1, 4) AS INTEGER))
) STRICT;
CREATE UNIQUE INDEX people_identity_number ON people(identity_number) WHERE identity_number IS NOT NULL;
CREATE INDEX people_unit_id ON people(unit_id);
CREATE INDEX people_search_text ON people(search_text);

-- Households (hộ gia đình), for "Gia đình văn hóa" and household Giấy khen
CREATE TABLE households (
  id INTEGER PRIMARY KEY,
  head_name TEXT NOT NULL CHECK (head_name <> ''),
  address TEXT,
  residential_group_unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  member_count INTEGER CHECK (member_count >= 1),
  phone TEXT,
  note TEXT,
  ${SEARCH},
  ${STAMPS},
  ${TRASH}
) STRICT;
CREATE INDEX households_residential_group_unit_id ON households(residential_group_unit_id);
CREATE INDEX households_search_text ON households(search_text);
`;
