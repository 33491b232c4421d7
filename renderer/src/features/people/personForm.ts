import { schemaResolver } from '@mantine/form';
import type { Gender, StaffCategory } from '../../../../shared/domain/registry';
import { personInputSchema, type Person, type PersonInput } from '../../../../shared/schemas/registry/people';
import { formatDate, parseDisplayDate } from '../../../../shared/rules/dates';
import { normalizeText } from '../../../../shared/rules/text';
import { peopleTexts as t } from './texts';

/** What the person form edits: birth date and year share one text field. */
export interface PersonFormValues {
  fullName: string;
  gender: Gender | null;
  /** "05/07/1985" or "1985". */
  birth: string;
  unitId: number | null;
  position: string;
  staffCategory: StaffCategory | null;
  identityNumber: string;
  phone: string;
  address: string;
  note: string;
  active: boolean;
}

export const EMPTY_PERSON_FORM: PersonFormValues = {
  fullName: '',
  gender: null,
  birth: '',
  unitId: null,
  position: '',
  staffCategory: null,
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
  active: true,
};

/** "05/07/1985" when the date is known, else the year, else empty. */
export function birthText(p: { birthDate: string | null; birthYear: number | null }): string {
  if (p.birthDate) return formatDate(p.birthDate);
  return p.birthYear === null ? '' : String(p.birthYear);
}

export function formValuesOf(person: Person): PersonFormValues {
  return {
    fullName: person.fullName,
    gender: person.gender,
    birth: birthText(person),
    unitId: person.unitId,
    position: person.position ?? '',
    staffCategory: person.staffCategory,
    identityNumber: person.identityNumber ?? '',
    phone: person.phone ?? '',
    address: person.address ?? '',
    note: person.note ?? '',
    active: person.active,
  };
}

type BirthFields = Pick<PersonInput, 'birthDate' | 'birthYear'>;

/**
 * Reads the birth field: a year alone, or a day/month/year. A written date that does not exist
 * ("31/02/1990") is passed on as such, so the shared schema refuses it with the server's message.
 * Returns null for text that is neither.
 */
export function birthFields(text: string): BirthFields | null {
  const s = normalizeText(text);
  if (s === '') return { birthDate: null, birthYear: null };
  if (/^\d{4}$/.test(s)) return { birthDate: null, birthYear: Number(s) };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = parseDisplayDate(s) ?? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return { birthDate: iso, birthYear: null };
}

/** The API input for the form's values (call after validation). */
export function toPersonInput(values: PersonFormValues): PersonInput {
  const { birth, ...rest } = values;
  return { ...rest, ...(birthFields(birth) ?? { birthDate: null, birthYear: null }) };
}

/** Where a message about an API field goes in this form. */
export function formFieldOf(path: string): string {
  return path === 'birthDate' || path === 'birthYear' ? 'birth' : path;
}

export function toFormErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[formFieldOf(path)] ??= message;
  return errors;
}

// The main process's own schema, so both refuse the same input with the same message.
const resolve = schemaResolver(personInputSchema, { sync: true });

export function validatePersonForm(values: PersonFormValues): Record<string, string> {
  const birth = birthFields(values.birth);
  const errors = toFormErrors(resolve(toPersonInput(values)) as Record<string, string>);
  if (birth === null) errors.birth = t.birthFormat;
  return errors;
}
