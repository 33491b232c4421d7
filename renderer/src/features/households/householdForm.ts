import { schemaResolver } from '@mantine/form';
import type { Gender } from '../../../../shared/domain/registry';
import {
  householdInputSchema,
  type Household,
  type HouseholdInput,
} from '../../../../shared/schemas/registry/households';

/** What the household form edits; the member count is '' while empty, as NumberInput gives it. */
export interface HouseholdFormValues {
  headName: string;
  /** null = Chưa rõ. */
  headGender: Gender | null;
  address: string;
  residentialGroupUnitId: number | null;
  memberCount: number | string;
  phone: string;
  note: string;
}

export const EMPTY_HOUSEHOLD_FORM: HouseholdFormValues = {
  headName: '',
  headGender: null,
  address: '',
  residentialGroupUnitId: null,
  memberCount: '',
  phone: '',
  note: '',
};

export function formValuesOf(h: Household): HouseholdFormValues {
  return {
    headName: h.headName,
    headGender: h.headGender,
    address: h.address ?? '',
    residentialGroupUnitId: h.residentialGroupUnitId,
    memberCount: h.memberCount ?? '',
    phone: h.phone ?? '',
    note: h.note ?? '',
  };
}

export function toHouseholdInput(values: HouseholdFormValues): HouseholdInput {
  const count = values.memberCount;
  return {
    ...values,
    memberCount: count === '' ? null : typeof count === 'number' ? count : Number(count),
  };
}

// The main process's own schema, so both refuse the same input with the same message.
const resolve = schemaResolver(householdInputSchema, { sync: true });

export function validateHouseholdForm(values: HouseholdFormValues): Record<string, string> {
  return resolve(toHouseholdInput(values)) as Record<string, string>;
}
