import { houseAddress, mobilePhone } from './address';
import { allocate } from './allocate';
import { personName } from './names';
import { weighted, type Random } from './random';
import type { SeedHousehold, SeedPerson, SizeSpec } from './types';
import type { Gender } from '../../../shared/domain/registry';
import type { UnitPlan } from './units';

const MEMBER_COUNTS = weighted([
  [1, 8],
  [2, 15],
  [3, 22],
  [4, 28],
  [5, 15],
  [6, 8],
  [7, 4],
] as const);

/** A couple of households entered twice (same head, same address), for the duplicate check. */
const duplicateCount = (total: number) => Math.max(2, Math.round(total * 0.002));

/**
 * Households of each tổ dân phố, headed where possible by one of its adult residents (so a
 * person and a household can be found under the same name), living on the group's streets.
 */
export function generateHouseholds(
  rng: Random,
  plans: readonly UnitPlan[],
  people: readonly SeedPerson[],
  size: SizeSpec,
): SeedHousehold[] {
  const groups = plans.flatMap((p, i) => (p.profile === 'residential' ? [i] : []));
  const counts = allocate(
    size.households - duplicateCount(size.households),
    groups.map(() => 0.7 + rng.next() * 0.6),
  );
  const adultsByGroup = new Map<number, Head[]>();
  for (const p of people) {
    if (p.unit === null || p.duplicateOf !== undefined || (p.input.birthYear ?? 2100) > 1998) continue;
    const list = adultsByGroup.get(p.unit) ?? [];
    list.push({ name: p.input.fullName, gender: p.input.gender ?? null });
    adultsByGroup.set(p.unit, list);
  }

  const households: SeedHousehold[] = [];
  groups.forEach((group, g) => {
    const streets = plans[group]?.streets ?? [];
    const adults = adultsByGroup.get(group) ?? [];
    for (let k = 0; k < (counts[g] ?? 0); k++) {
      const head = pickHead(rng, adults);
      households.push({
        group,
        input: {
          headName: head.name,
          headGender: head.gender,
          address: streets.length > 0 && rng.chance(0.95) ? houseAddress(rng, rng.pick(streets)) : '',
          residentialGroupUnitId: null,
          memberCount: rng.chance(0.97) ? rng.pickWeighted(MEMBER_COUNTS) : null,
          phone: rng.chance(0.4) ? mobilePhone(rng) : '',
          note: '',
        },
      });
    }
  });

  const originals = households.length;
  for (let d = duplicateCount(size.households); d > 0 && originals > 0; d--) {
    const index = rng.int(0, originals - 1);
    const original = households[index];
    if (original)
      households.push({ ...original, duplicateOf: index, input: { ...original.input, phone: '' } });
  }
  return households;
}

/** A household head: the name and the gender it was generated with (the person's, when one heads it). */
interface Head {
  name: string;
  gender: Gender | null;
}

/** An adult resident not yet heading a household, else a new name (not everyone is in the people list). */
function pickHead(rng: Random, adults: Head[]): Head {
  if (adults.length > 0 && rng.chance(0.8)) {
    const i = rng.int(0, adults.length - 1);
    const [head] = adults.splice(i, 1);
    if (head !== undefined) return head;
  }
  const gender = rng.chance(0.65) ? 'male' : 'female';
  return { name: personName(rng, gender, rng.int(1945, 1995)), gender };
}
