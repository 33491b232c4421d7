import { generateDecisions, pools } from './awards';
import { generateHouseholds } from './households';
import { decomposed, withEthLookAlike } from './names';
import { generateModels } from './models';
import { generateMovements, linkDecisions } from './movements';
import { generatePeople } from './people';
import { generateRegistrations } from './registrations';
import { childRandom } from './random';
import { SIZES, type SeedSize, type WardData } from './types';
import { planClusters, planUnits } from './units';
import { generateUnitReports } from './unit-reports';

export const DEFAULT_SEED = 20260701;

/**
 * A whole ward as plain arrays of raw inputs: pure and deterministic (same seed and size, same
 * bytes). Each part draws from its own stream, so changing how households are made leaves the
 * people of a given seed as they were.
 */
export function generateWard(options: { size: SeedSize; seed?: number }): WardData {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = SIZES[options.size];
  const plans = planUnits(childRandom(seed, 'units'), size);
  const people = generatePeople(childRandom(seed, 'people'), plans, size);
  const households = generateHouseholds(childRandom(seed, 'households'), plans, people, size);
  // Messy spellings are applied last, after households took their heads' clean names.
  roughen(
    people,
    (p) => p.input.fullName,
    (p, name) => (p.input.fullName = name),
  );
  roughen(
    households,
    (h) => h.input.headName,
    (h, name) => (h.input.headName = name),
  );
  const decisions = generateDecisions(childRandom(seed, 'awards'), plans, people, households, size);
  // Movements, registrations and models draw from streams of their own, so the registry and the
  // decisions of a seed are the same as before they existed.
  const movementPlan = generateMovements(childRandom(seed, 'movements'), plans, size);
  linkDecisions(decisions, movementPlan);
  const pool = pools(plans, people, households);
  const registrations = generateRegistrations(childRandom(seed, 'registrations'), pool, movementPlan, size);
  const models = generateModels(childRandom(seed, 'models'), pool, movementPlan, size);
  const unitReports = generateUnitReports(
    childRandom(seed, 'unit-reports'),
    plans.map((p) => p.unit),
    size,
  );
  return {
    seed,
    size: options.size,
    units: plans.map((p) => p.unit),
    clusters: planClusters(plans, size),
    people,
    households,
    decisions,
    movements: movementPlan.movements,
    registrations,
    models,
    unitReports,
  };
}

/**
 * Writes some names the way old files do, so the data exercises the input normalisation: every
 * 20th name with a Đ gets the Icelandic Ð (U+00D0) instead, every 97th is NFD, every 89th has
 * doubled and trailing spaces. By position, not by chance, so even the small ward has each kind.
 */
function roughen<T>(items: T[], get: (item: T) => string, set: (item: T, name: string) => void): void {
  let withD = 0;
  items.forEach((item, i) => {
    let name = get(item);
    if (name.includes('Đ') && withD++ % 20 === 0) name = withEthLookAlike(name);
    if (i % 97 === 13) name = decomposed(name);
    if (i % 89 === 7) name = ` ${name.replace(' ', '  ')} `;
    set(item, name);
  });
}
