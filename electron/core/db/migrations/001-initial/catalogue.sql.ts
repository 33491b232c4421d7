import { flag, isoDate, STAMPS } from './columns';

/** What can be awarded and what the money is computed from. */
export const CATALOGUE_SQL = `
-- Award catalogue: titles (danh hiệu) kept apart from commendation forms (hình thức khen thưởng)
-- Coefficients in per-mille of the base salary (300 = 0.3); NULL = no money for that recipient kind.
-- rank: larger = higher title (only the highest title of a period is paid).
CREATE TABLE award_catalogue (
  id INTEGER PRIMARY KEY,
  code TEXT CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9_]*'),
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('title', 'form')),
  level TEXT NOT NULL CHECK (level IN ('ward', 'upward')),
  ${flag('allows_collective', 0)},
  ${flag('allows_individual', 0)},
  ${flag('allows_household', 0)},
  coefficient_collective_permille INTEGER CHECK (coefficient_collective_permille >= 0),
  coefficient_individual_permille INTEGER CHECK (coefficient_individual_permille >= 0),
  coefficient_household_permille INTEGER CHECK (coefficient_household_permille >= 0),
  rank INTEGER NOT NULL DEFAULT 0,
  ${flag('active', 1)},
  ${flag('is_default', 0)},
  note TEXT,
  ${STAMPS},
  UNIQUE (kind, name),
  CHECK (allows_collective + allows_individual + allows_household >= 1),
  CHECK (allows_collective = 1 OR coefficient_collective_permille IS NULL),
  CHECK (allows_individual = 1 OR coefficient_individual_permille IS NULL),
  CHECK (allows_household = 1 OR coefficient_household_permille IS NULL)
) STRICT;
CREATE UNIQUE INDEX award_catalogue_code ON award_catalogue(code) WHERE code IS NOT NULL;

-- Base salary (mức lương cơ sở) in đồng, by the date it takes effect; the amount in force on the decision date applies
CREATE TABLE base_salaries (
  id INTEGER PRIMARY KEY,
  ${isoDate('effective_from', true)} UNIQUE,
  amount INTEGER NOT NULL CHECK (amount > 0),
  note TEXT,
  ${STAMPS}
) STRICT;
`;
