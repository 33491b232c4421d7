import type { Gender } from '../../../shared/domain/registry';
import { houseAddress, mobilePhone } from './address';
import { allocate } from './allocate';
import { ROLES, type Role } from './data/roles';
import { STREETS } from './data/places';
import { personName, withToneTypo } from './names';
import { weighted, type Random } from './random';
import type { SeedPerson, SizeSpec } from './types';
import type { UnitPlan } from './units';

/** Share of the people who live in the tổ dân phố rather than work in an enterprise (offices are fixed). */
const RESIDENT_SHARE = 0.68;
/** Deliberate near-duplicates: half a per cent of the people, at least a handful in the small ward. */
const duplicateCount = (total: number) => Math.max(4, Math.round(total * 0.005));

/**
 * Everyone in the ward: the staff of each office and school (heads first), the residents of the tổ
 * dân phố and the workers of the enterprises, then a few near-duplicates of earlier people in the
 * same unit (same name and birth year, or the name with a tone typo) for the import's duplicate check.
 */
export function generatePeople(rng: Random, plans: readonly UnitPlan[], size: SizeSpec): SeedPerson[] {
  const counts = peoplePerUnit(rng, plans, size.people - duplicateCount(size.people));
  const ids = new IdentityNumbers(rng);
  const people: SeedPerson[] = [];
  plans.forEach((plan, unit) => {
    const roles = ROLES[plan.profile];
    const staffTable = weighted(roles.staff);
    for (let k = 0; k < (counts[unit] ?? 0); k++) {
      const leader = roles.leaders[k];
      const role = leader ?? rng.pickWeighted(staffTable);
      people.push({ unit, input: person(rng, ids, plan, role, leader !== undefined) });
    }
  });
  const originals = people.length;
  for (let d = duplicateCount(size.people); d > 0;) {
    const index = rng.int(0, originals - 1);
    const original = people[index];
    // Duplicates come from long lists typed twice (residents, workers), not from the office heads.
    if (
      !original ||
      (original.input.staffCategory !== 'citizen' && original.input.staffCategory !== 'direct_worker')
    )
      continue;
    people.push(nearDuplicate(rng, original, index, d % 2 === 0));
    d--;
  }
  return people;
}

/** Fixed staff for offices and schools; the rest shared among tổ dân phố and enterprises with some spread. */
function peoplePerUnit(rng: Random, plans: readonly UnitPlan[], total: number): number[] {
  const fixed = plans.reduce((sum, p) => sum + (p.staff ?? 0), 0);
  const shared = Math.max(0, total - fixed);
  const residentCount = plans.filter((p) => p.profile === 'residential').length;
  const workerCount = plans.length - residentCount - plans.filter((p) => p.staff !== null).length;
  const weights = plans.map((p) => {
    if (p.staff !== null) return 0;
    const spread = 0.6 + rng.next() * 0.8;
    return p.profile === 'residential'
      ? (spread * RESIDENT_SHARE) / residentCount
      : (spread * (1 - RESIDENT_SHARE)) / workerCount;
  });
  const sharedCounts = allocate(shared, weights);
  return plans.map((p, i) => p.staff ?? sharedCounts[i] ?? 0);
}

function person(
  rng: Random,
  ids: IdentityNumbers,
  plan: UnitPlan,
  [position, category]: Role,
  leader: boolean,
): SeedPerson['input'] {
  const roles = ROLES[plan.profile];
  // Heads are more often men than the staff they lead, as in real ward lists.
  const gender: Gender = rng.chance(leader ? roles.female * 0.6 : roles.female) ? 'female' : 'male';
  const citizen = category === 'citizen' && !leader;
  const birthYear = citizen ? rng.int(1950, 2008) : leader ? rng.int(1964, 1988) : rng.int(1963, 2003);
  const fullDate = rng.chance(citizen ? 0.6 : 0.92);
  const street = plan.streets.length > 0 ? rng.pick(plan.streets) : rng.pick(STREETS);
  return {
    fullName: personName(rng, gender, birthYear),
    gender,
    birthDate: fullDate ? birthDate(rng, birthYear) : null,
    birthYear,
    unitId: null,
    position: position ?? '',
    staffCategory: category,
    identityNumber: rng.chance(citizen ? 0.35 : 0.6) ? ids.next(gender, birthYear) : '',
    phone: rng.chance(0.5) ? mobilePhone(rng) : '',
    address: rng.chance(plan.profile === 'residential' ? 0.4 : 0.08) ? houseAddress(rng, street) : '',
    note: rng.chance(0.01) ? 'Chuyển đến từ phường khác.' : '',
    // Retired or moved away, kept for the awards they already hold.
    active: rng.chance(0.97),
  };
}

function nearDuplicate(rng: Random, original: SeedPerson, index: number, toneTypo: boolean): SeedPerson {
  const o = original.input;
  const year = o.birthYear ?? 1980;
  return {
    unit: original.unit,
    duplicateOf: index,
    input: {
      ...o,
      fullName: toneTypo ? withToneTypo(rng, o.fullName) : o.fullName,
      // The second entry often has only the year, or a different day in it (a typing slip).
      birthDate: rng.chance(0.5) ? null : birthDate(rng, year),
      birthYear: year,
      identityNumber: '',
      phone: rng.chance(0.3) ? mobilePhone(rng) : '',
    },
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function birthDate(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, days)).padStart(2, '0')}`;
}

/**
 * Citizen identity numbers (CCCD) in the real layout: province 031 (Hải Phòng), a digit for
 * century and gender, two digits of the birth year, six random digits. Unique, as the schema requires.
 */
class IdentityNumbers {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  next(gender: Gender, birthYear: number): string {
    const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    const prefix = `031${centuryGender}${String(birthYear % 100).padStart(2, '0')}`;
    for (;;) {
      const candidate = prefix + String(this.rng.int(0, 999_999)).padStart(6, '0');
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
  }
}
