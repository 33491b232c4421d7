import { z } from 'zod';
import { requiredText, text } from './fields';
import { id, optionalLongText, optionalText } from './common';
import { RECIPIENT_KINDS, type RecipientKind } from '../domain/awards';
import {
  REGISTRATION_RESULTS,
  REGISTRATION_STATUSES,
  type RegistrationResult,
  type RegistrationStatus,
} from '../domain/registrations';

const year = z
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 đến 2100.')
  .max(2100, 'Năm phải từ 2000 đến 2100.');

/** The titles a registration aims for: catalogue ids, at least one, each once. */
const titles = z
  .array(id)
  .min(1, 'Vui lòng chọn ít nhất một danh hiệu đăng ký.')
  .max(20, 'Tối đa 20 danh hiệu cho một đăng ký.')
  .transform((ids) => [...new Set(ids)]);

const commitments = optionalLongText('Nội dung cam kết', 4000);

/** A movement, or null for a registration for the year only (not tied to a movement). */
const movementId = id.nullable();

/** Who registers: a unit (tập thể), a person (cá nhân) or a household (hộ gia đình) of the registry. */
export const registrantSchema = z
  .object({ kind: z.enum(RECIPIENT_KINDS, { error: 'Vui lòng chọn loại đối tượng.' }), id })
  .strict();
export type RegistrantRef = z.output<typeof registrantSchema>;

export const registrationInputSchema = z
  .object({
    movementId,
    year,
    registrant: registrantSchema,
    titles,
    commitments,
  })
  .strict();
export type RegistrationInput = z.input<typeof registrationInputSchema>;
export type RegistrationValues = z.output<typeof registrationInputSchema>;

/** Titles and commitments change until the registration is approved; who and for what do not. */
export const registrationUpdateSchema = z.object({ id, titles, commitments }).strict();
export type RegistrationUpdate = z.output<typeof registrationUpdateSchema>;

export const registrationReturnSchema = z
  .object({ id, reason: requiredText('Lý do trả lại', 1000) })
  .strict();

/** The year-end result; null clears a result entered by mistake. */
export const registrationResultSchema = z
  .object({
    id,
    result: z.enum(REGISTRATION_RESULTS, { error: 'Vui lòng chọn kết quả.' }).nullable(),
    note: optionalText('Ghi chú kết quả', 500),
  })
  .strict();

export const registrationListSchema = z
  .object({
    year: year.nullable().default(null),
    /** A movement; null = registrations for the year only; 'any' = both. */
    movementId: z
      .union([id, z.literal('any')])
      .nullable()
      .default('any'),
    status: z.enum(REGISTRATION_STATUSES).nullable().default(null),
    registrantKind: z.enum(RECIPIENT_KINDS).nullable().default(null),
    /** The registrant's unit: the unit itself, a person's unit, a household's tổ dân phố. */
    unitId: id.nullable().default(null),
    /** Registrants whose unit (as above) is now in this cụm/khối. */
    clusterId: id.nullable().default(null),
    search: text('Tìm kiếm', 200).default(''),
  })
  .strict();
export type RegistrationListQuery = z.input<typeof registrationListSchema>;
export type RegistrationListFilters = z.output<typeof registrationListSchema>;

/** Which units a bulk registration covers. */
export const bulkTargetSchema = z.discriminatedUnion(
  'by',
  [
    z.object({ by: z.literal('cluster'), clusterId: id }).strict(),
    /** The movement's participating units (movement_units). */
    z.object({ by: z.literal('participants') }).strict(),
    z
      .object({
        by: z.literal('units'),
        unitIds: z
          .array(id)
          .min(1, 'Vui lòng chọn ít nhất một đơn vị.')
          .max(2000, 'Tối đa 2.000 đơn vị mỗi lần.'),
      })
      .strict(),
  ],
  { error: 'Vui lòng chọn các đơn vị cần đăng ký.' },
);
export type BulkTarget = z.output<typeof bulkTargetSchema>;

export const bulkRegisterSchema = z
  .object({ movementId, year, target: bulkTargetSchema, titles, commitments })
  .strict();
export type BulkRegisterInput = z.input<typeof bulkRegisterSchema>;
export type BulkRegisterValues = z.output<typeof bulkRegisterSchema>;

export const registrationScopeSchema = z.object({ movementId, year }).strict();
export type RegistrationScope = z.output<typeof registrationScopeSchema>;

export const registrationSummarySchema = z.object({ year, movementId: movementId.default(null) }).strict();

/** A registration as lists and forms show it; names are the registry's current ones. */
export interface Registration {
  id: number;
  movementId: number | null;
  movementName: string | null;
  year: number;
  registrantKind: RecipientKind;
  registrantId: number;
  registrantName: string;
  /** A person's position and unit, a unit's cụm/khối, a household's address. */
  registrantDetail: string | null;
  titles: { id: number; name: string }[];
  commitments: string | null;
  status: RegistrationStatus;
  returnReason: string | null;
  result: RegistrationResult | null;
  resultNote: string | null;
  sentAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BulkRegisterResult {
  created: number;
  /** Units left out: already registered, no longer active, or in the trash. */
  skipped: { name: string; reason: string }[];
}

/** A unit expected to register that has not. */
export interface UnregisteredUnit {
  unitId: number;
  name: string;
  /** Names of the cụm/khối the unit is now in, Vietnamese order. */
  clusters: string[];
}

export interface NotRegisteredResult {
  /** How many units are expected: the movement's participants, or every active unit for the year. */
  expected: number;
  units: UnregisteredUnit[];
}

export interface RegistrationSummary {
  expected: number;
  /** Expected units that have registered. */
  registered: number;
  notRegistered: number;
  /** Every registration in scope (units, people, households) by status. */
  byStatus: Record<RegistrationStatus, number>;
}
