import type { Db } from '../db/types';
import { findHouseholdsByFoldedName } from '../db/repos/households';
import { findPeopleByFoldedName, findPersonByIdentityNumber, getPersonRecord } from '../db/repos/people';
import { findUnitsByFoldedName } from '../db/repos/units';
import {
  foldForMatch,
  matchHousehold,
  matchPerson,
  matchUnit,
  type HouseholdFacts,
  type PersonFacts,
  type UnitFacts,
} from '../../../shared/rules/duplicates';
import { foldForSearch } from '../../../shared/rules/search';
import type { Candidate, DuplicateSource } from './find-duplicates';

/** "Nguyễn Văn An (1980, Trường Tiểu học Lê Chân)": enough to recognise the person in a list. */
function personLabel(p: { fullName: string; birthYear: number | null; unitName: string | null }): string {
  const details = [p.birthYear === null ? null : String(p.birthYear), p.unitName].filter((d) => d !== null);
  return details.length === 0 ? p.fullName : `${p.fullName} (${details.join(', ')})`;
}

export function peopleDuplicates(db: Db): DuplicateSource<PersonFacts> {
  return {
    existing(facts) {
      const found: Candidate<PersonFacts>[] = findPeopleByFoldedName(
        db,
        foldForSearch(facts.fullName),
        facts,
      ).map((p) => ({ id: p.id, label: personLabel(p), facts: p }));
      if (facts.identityNumber) {
        const holder = findPersonByIdentityNumber(db, facts.identityNumber);
        const record = holder && holder.deletedAt === null ? getPersonRecord(db, holder.id) : null;
        if (record && !found.some((c) => c.id === record.id)) {
          found.push({ id: record.id, label: personLabel(record), facts: record });
        }
      }
      return found;
    },
    match: matchPerson,
    fileKeys: (facts) => [
      `name:${foldForMatch(facts.fullName)}`,
      ...(facts.identityNumber ? [`id:${facts.identityNumber}`] : []),
    ],
    // The number stays taken while its holder is in the trash; inserting it again would fail.
    blocker(facts) {
      if (!facts.identityNumber) return null;
      const holder = findPersonByIdentityNumber(db, facts.identityNumber);
      if (!holder || holder.deletedAt === null) return null;
      return `Số định danh ${facts.identityNumber} thuộc về ${holder.fullName}, người này đang ở thùng rác: hãy khôi phục rồi nhập lại.`;
    },
  };
}

export function unitDuplicates(db: Db): DuplicateSource<UnitFacts> {
  return {
    existing: (facts) =>
      findUnitsByFoldedName(db, foldForSearch(facts.name)).map((u) => ({
        id: u.id,
        label: u.name,
        facts: u,
      })),
    match: matchUnit,
    fileKeys: (facts) => [foldForMatch(facts.name)],
  };
}

export function householdDuplicates(db: Db): DuplicateSource<HouseholdFacts> {
  return {
    existing: (facts) =>
      findHouseholdsByFoldedName(db, foldForSearch(facts.headName)).map((h) => ({
        id: h.id,
        label: h.address === null ? h.headName : `${h.headName} (${h.address})`,
        facts: h,
      })),
    match: matchHousehold,
    fileKeys: (facts) => [foldForMatch(facts.headName)],
  };
}
