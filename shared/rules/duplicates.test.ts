import { describe, expect, it } from 'vitest';
import {
  foldForMatch,
  matchHousehold,
  matchPerson,
  matchUnit,
  pickDuplicate,
  type PersonFacts,
} from './duplicates';

const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  fullName: 'Nguyễn Văn An',
  birthYear: 1980,
  unitId: 7,
  identityNumber: null,
  ...over,
});

describe('matchPerson', () => {
  it('matches the same folded name, birth year and unit, whatever the case, tones, Đ or spacing', () => {
    const m = matchPerson(person(), person({ fullName: '  NGUYEN  van an ' }));
    expect(m).toEqual({ score: 3, basis: ['name', 'birthYear', 'unit'] });
    expect(matchPerson(person({ fullName: 'Đỗ Đức' }), person({ fullName: '\u00D0ỗ đức' }))).not.toBeNull();
  });

  it('never matches when a fact known on both sides differs', () => {
    expect(matchPerson(person(), person({ birthYear: 1981 }))).toBeNull();
    expect(matchPerson(person(), person({ unitId: 8 }))).toBeNull();
    expect(matchPerson(person(), person({ fullName: 'Nguyễn Văn Ân', birthYear: 1980 }))).not.toBeNull();
    expect(matchPerson(person(), person({ fullName: 'Nguyễn Văn Anh' }))).toBeNull();
  });

  it('lets an unknown fact count neither for nor against', () => {
    expect(matchPerson(person(), person({ unitId: null }))).toEqual({
      score: 2,
      basis: ['name', 'birthYear'],
    });
    expect(matchPerson(person({ birthYear: null }), person())).toEqual({ score: 2, basis: ['name', 'unit'] });
  });

  it('reports a name-only match as the weakest kind when nothing else can be compared', () => {
    const m = matchPerson(person({ birthYear: null, unitId: null }), person());
    expect(m).toEqual({ score: 1, basis: ['name'] });
  });

  it('lets identity numbers decide when both are known', () => {
    const a = person({ identityNumber: '001085012345' });
    expect(
      matchPerson(
        a,
        person({ fullName: 'Nguyễn Văn Bình', birthYear: 1990, identityNumber: '001085012345' }),
      ),
    ).toEqual({
      score: 100,
      basis: ['identity'],
    });
    expect(matchPerson(a, person({ identityNumber: '001085099999' }))).toBeNull();
    expect(matchPerson(a, person({ identityNumber: null }))?.basis).toEqual(['name', 'birthYear', 'unit']);
  });
});

describe('matchUnit and matchHousehold', () => {
  it('matches units by folded name only', () => {
    expect(
      matchUnit({ name: 'Trường Tiểu học Lê Chân' }, { name: 'TRƯỜNG TIỂU HỌC LÊ CHÂN' }),
    ).not.toBeNull();
    expect(matchUnit({ name: 'Tổ dân phố 1' }, { name: 'Tổ dân phố 10' })).toBeNull();
  });

  it('matches households by head name and address compared without punctuation', () => {
    const a = { headName: 'Phạm Văn Bình', address: 'Số 12, Tổ 3', residentialGroupUnitId: 3 };
    expect(
      matchHousehold(a, { headName: 'pham van binh', address: 'so 12 to 3', residentialGroupUnitId: 3 }),
    ).toEqual({
      score: 3,
      basis: ['name', 'address', 'group'],
    });
    expect(matchHousehold(a, { ...a, address: 'Số 14, Tổ 3' })).toBeNull();
    expect(matchHousehold(a, { ...a, residentialGroupUnitId: 4 })).toBeNull();
    expect(matchHousehold(a, { ...a, address: null })?.score).toBe(2);
    expect(matchHousehold(a, { ...a, address: '  ' })?.score).toBe(2);
  });
});

describe('pickDuplicate', () => {
  const rows = [
    { id: 1, facts: person({ unitId: null }) },
    { id: 2, facts: person() },
    { id: 3, facts: person({ birthYear: 1999 }) },
  ];

  it('takes the candidate that agrees on the most facts', () => {
    const pick = pickDuplicate(rows, (r) => matchPerson(person(), r.facts));
    expect(pick).toMatchObject({ kind: 'one', candidate: { id: 2 } });
  });

  it('reports a tie at the best score as ambiguous, and no match as none', () => {
    const twins = [
      { id: 1, facts: person() },
      { id: 2, facts: person() },
    ];
    expect(pickDuplicate(twins, (r) => matchPerson(person(), r.facts))).toMatchObject({
      kind: 'ambiguous',
      candidates: [{ id: 1 }, { id: 2 }],
    });
    expect(pickDuplicate(rows, (r) => matchPerson(person({ fullName: 'Lê Văn Tám' }), r.facts))).toEqual({
      kind: 'none',
    });
  });
});

describe('foldForMatch', () => {
  it('drops case, tones, đ and punctuation', () => {
    expect(foldForMatch('Số 12, ngõ 5 - Đường Lê Chân.')).toBe('so 12 ngo 5 duong le chan');
  });
});
