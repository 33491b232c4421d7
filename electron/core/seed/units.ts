import type { UnitKind } from '../../../shared/domain/registry';
import { houseAddress, officePhone, streetLabel } from './address';
import { ENTERPRISE_BRANDS, ENTERPRISE_FIELDS, ENTERPRISE_TYPES, STREETS } from './data/places';
import { INSTITUTIONS, SMALL_STAFF, type RoleProfile } from './data/institutions';
import { personName, withEthLookAlike } from './names';
import { weighted, type Random } from './random';
import type { SeedCluster, SeedUnit, SizeSpec } from './types';

/** A generated unit plus what the people and household generators need to know about it. */
export interface UnitPlan {
  unit: SeedUnit;
  profile: RoleProfile;
  /** Fixed staff size for offices and schools; null where people are shared out (tổ dân phố, enterprises). */
  staff: number | null;
  /** Streets of a tổ dân phố (households and residents live there). */
  streets: string[];
}

/** The date the merged ward's bodies and tổ dân phố started (the 2025 reform). */
const REFORM_DATE = '2025-07-01';

export function planUnits(rng: Random, size: SizeSpec): UnitPlan[] {
  const plans: UnitPlan[] = [];
  const indexByName = new Map<string, number>();
  const add = (plan: UnitPlan, key: string) => {
    indexByName.set(key, plans.length);
    plans.push(plan);
  };

  for (const t of INSTITUTIONS) {
    if (!size.fullInstitutions && !t.small) continue;
    const [min, max] = (!size.fullInstitutions && SMALL_STAFF[t.profile]) || t.staff;
    const parent = t.parent === undefined ? null : (indexByName.get(t.parent) ?? null);
    // Old files spell the youth union's "Đoàn" with the Icelandic Ð; the input must fix it.
    const rawName = t.name.startsWith('Đoàn Thanh niên') ? withEthLookAlike(t.name) : t.name;
    add(
      {
        unit: {
          parent,
          input: unitInput(rng, rawName, t.kind, { shortName: t.shortName ?? '', activeFrom: REFORM_DATE }),
        },
        profile: t.profile,
        staff: rng.int(min, max),
        streets: [],
      },
      t.name,
    );
  }

  for (let n = 1; n <= size.residentialGroups; n++) {
    // Neighbouring groups share streets, as they do on the ground.
    const streets = [STREETS[(n - 1) % STREETS.length], STREETS[n % STREETS.length]].filter(
      (s): s is string => !!s,
    );
    const input = unitInput(rng, `Tổ dân phố số ${n}`, 'residential_group', { activeFrom: REFORM_DATE });
    input.contactPerson = personName(rng, rng.chance(0.7) ? 'male' : 'female', rng.int(1950, 1975));
    input.address = `Nhà văn hóa tổ dân phố số ${n}, ${streetLabel(streets[0] ?? STREETS[0] ?? '')}`;
    add({ unit: { parent: null, input }, profile: 'residential', staff: null, streets }, `TDP ${n}`);
  }

  for (const [i, name] of enterpriseNames(rng, size.enterprises).entries()) {
    const input = unitInput(rng, name, 'enterprise', {
      activeFrom: `${rng.int(1995, 2024)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    });
    input.contactPerson = personName(rng, rng.chance(0.6) ? 'male' : 'female', rng.int(1960, 1990));
    input.address = houseAddress(rng, rng.pick(STREETS));
    add(
      {
        unit: { parent: null, input },
        profile: name.startsWith('Hợp tác xã') ? 'cooperative' : 'enterprise',
        staff: null,
        streets: [],
      },
      `DN ${i}`,
    );
  }
  return plans;
}

function unitInput(
  rng: Random,
  name: string,
  kind: UnitKind,
  extra: { shortName?: string; activeFrom: string },
): SeedUnit['input'] {
  return {
    name,
    shortName: extra.shortName ?? '',
    kind,
    parentId: null,
    contactPerson: '',
    phone: kind === 'residential_group' ? '' : officePhone(rng),
    address:
      kind === 'residential_group' || kind === 'enterprise' ? '' : houseAddress(rng, rng.pick(STREETS)),
    activeFrom: extra.activeFrom,
    note: '',
    clusterIds: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Distinct made-up company names: "Công ty TNHH Thương mại Minh Phát". */
function enterpriseNames(rng: Random, count: number): string[] {
  const types = weighted(ENTERPRISE_TYPES);
  const names = new Set<string>();
  // The name space (5 × 22 × 45) is far larger than any ward, so this ends quickly.
  while (names.size < count) {
    const type = rng.pickWeighted(types);
    const field =
      type === 'Hợp tác xã'
        ? rng.pick(['Dịch vụ', 'Thủy sản', 'Vận tải', 'Môi trường'])
        : rng.pick(ENTERPRISE_FIELDS);
    names.add(`${type} ${field} ${rng.pick(ENTERPRISE_BRANDS)}`);
  }
  return [...names];
}

/**
 * Emulation blocks by kind of unit (the usual "Khối …" of a ward) and clusters of about ten
 * neighbouring tổ dân phố ("Cụm thi đua số 1" …).
 */
export function planClusters(plans: readonly UnitPlan[], size: SizeSpec): SeedCluster[] {
  const indexes = (test: (p: UnitPlan) => boolean) => plans.flatMap((p, i) => (test(p) ? [i] : []));
  const kindIs =
    (...kinds: UnitKind[]) =>
    (p: UnitPlan) =>
      kinds.includes(p.unit.input.kind);
  const blocks: SeedCluster[] = [
    block(
      'Khối các cơ quan Đảng, chính quyền',
      indexes((p) => kindIs('party_gov', 'public_service', 'health_station')(p) || p.profile === 'police'),
    ),
    block(
      'Khối Mặt trận và các đoàn thể',
      indexes((p) => p.profile === 'front' || p.profile === 'association'),
    ),
    block('Khối các trường học', indexes(kindIs('school'))),
    block('Khối doanh nghiệp', indexes(kindIs('enterprise'))),
  ];
  const groups = indexes(kindIs('residential_group'));
  const perCluster = size.residentialGroups >= 40 ? 10 : 4;
  for (let start = 0, n = 1; start < groups.length; start += perCluster, n++) {
    blocks.push({
      input: {
        name: `Cụm thi đua số ${n}`,
        kind: 'cluster',
        note: `Các tổ dân phố ${groupRange(plans, groups, start, perCluster)}`,
      },
      members: groups.slice(start, start + perCluster),
    });
  }
  return blocks;
}

function block(name: string, members: number[]): SeedCluster {
  return { input: { name, kind: 'block', note: '' }, members };
}

function groupRange(plans: readonly UnitPlan[], groups: number[], start: number, count: number): string {
  const numberOf = (i: number | undefined) =>
    i === undefined ? '' : (plans[i]?.unit.input.name.replace('Tổ dân phố số ', '') ?? '');
  return `số ${numberOf(groups[start])} đến số ${numberOf(groups[Math.min(start + count, groups.length) - 1])}`;
}
