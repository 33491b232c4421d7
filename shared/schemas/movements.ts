import { z } from 'zod';
import { requiredText, text } from './fields';
import { id, isoDate, optionalLongText, optionalText } from './common';
import {
  MOVEMENT_KINDS,
  MOVEMENT_SCOPES,
  MOVEMENT_STATUSES,
  PARTICIPANT_MODES,
  type MovementKind,
  type MovementScope,
  type MovementStatus,
  type ParticipantMode,
} from '../domain/movements';
import type { DecisionStatus } from '../domain/decisions';

const year = (label: string) =>
  z
    .number({ error: `${label} phải là một số, ví dụ 2026.` })
    .int(`${label} phải là số nguyên.`)
    .min(2000, `${label} phải từ 2000 đến 2100.`)
    .max(2100, `${label} phải từ 2000 đến 2100.`);

/** A tiêu chí: what is measured, an optional target ("100% hộ đăng ký") and weight in percent. */
export const criterionSchema = z
  .object({
    content: requiredText('Nội dung tiêu chí', 1000),
    target: optionalText('Chỉ tiêu', 300),
    weightPercent: z
      .number({ error: 'Trọng số phải là một số.' })
      .int('Trọng số phải là số nguyên.')
      .min(0, 'Trọng số phải từ 0 đến 100%.')
      .max(100, 'Trọng số phải từ 0 đến 100%.')
      .nullable(),
  })
  .strict();
export type CriterionInput = z.input<typeof criterionSchema>;

/** Who takes part; 'all' and 'cluster' are resolved to units when the movement is saved. */
export const participantsSchema = z
  .object({
    mode: z.enum(PARTICIPANT_MODES, { error: 'Vui lòng chọn các đơn vị tham gia.' }),
    clusterId: id.nullable().default(null),
    unitIds: z.array(id).max(5000, 'Tối đa 5.000 đơn vị.').default([]),
  })
  .strict();
export type ParticipantsInput = z.input<typeof participantsSchema>;

const issue = (path: string[], message: string) => ({ path, message, code: 'custom' as const });

/** What the movement form edits; the main process parses the same schema. */
export const movementInputSchema = z
  .object({
    name: requiredText('Tên phong trào', 300),
    theme: optionalText('Chủ đề, khẩu hiệu', 500),
    kind: z.enum(MOVEMENT_KINDS, { error: 'Vui lòng chọn loại phong trào.' }),
    scope: z.enum(MOVEMENT_SCOPES, { error: 'Vui lòng chọn phạm vi.' }),
    scopeClusterId: id.nullable(),
    scopeUnitId: id.nullable(),
    /** As printed on the launching document, e.g. "45/KH-UBND". */
    docNumber: optionalText('Số văn bản phát động', 50),
    docDate: isoDate('Ngày văn bản phát động').nullable(),
    docSigner: optionalText('Người ký', 100),
    periodFromYear: year('Năm bắt đầu'),
    periodToYear: year('Năm kết thúc'),
    /** Exact days, for campaigns shorter than the years say. */
    startsOn: isoDate('Ngày bắt đầu').nullable(),
    endsOn: isoDate('Ngày kết thúc').nullable(),
    responsibleOffice: optionalText('Cơ quan chủ trì', 200),
    description: optionalLongText('Nội dung', 4000),
    criteria: z.array(criterionSchema).max(100, 'Tối đa 100 tiêu chí.'),
    participants: participantsSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    // The same rules as the table's CHECKs, said in words the officer understands.
    if (v.periodToYear < v.periodFromYear)
      ctx.addIssue(issue(['periodToYear'], 'Năm kết thúc không được trước năm bắt đầu.'));
    if (v.startsOn !== null && Number(v.startsOn.slice(0, 4)) !== v.periodFromYear)
      ctx.addIssue(issue(['startsOn'], `Ngày bắt đầu phải thuộc năm ${v.periodFromYear}.`));
    if (v.endsOn !== null && Number(v.endsOn.slice(0, 4)) !== v.periodToYear)
      ctx.addIssue(issue(['endsOn'], `Ngày kết thúc phải thuộc năm ${v.periodToYear}.`));
    if (v.startsOn !== null && v.endsOn !== null && v.endsOn < v.startsOn)
      ctx.addIssue(issue(['endsOn'], 'Ngày kết thúc không được trước ngày bắt đầu.'));
    if (v.scope === 'cluster' && v.scopeClusterId === null)
      ctx.addIssue(issue(['scopeClusterId'], 'Vui lòng chọn cụm, khối thi đua.'));
    if (v.scope === 'unit' && v.scopeUnitId === null)
      ctx.addIssue(issue(['scopeUnitId'], 'Vui lòng chọn đơn vị.'));
    const total = v.criteria.reduce((sum, c) => sum + (c.weightPercent ?? 0), 0);
    if (total > 100)
      ctx.addIssue(issue(['criteria'], `Tổng trọng số các tiêu chí là ${total}%, vượt quá 100%.`));
    const p = v.participants;
    if (p.mode === 'cluster' && p.clusterId === null)
      ctx.addIssue(issue(['participants', 'clusterId'], 'Vui lòng chọn cụm, khối thi đua tham gia.'));
    if (p.mode === 'picked' && p.unitIds.length === 0)
      ctx.addIssue(issue(['participants', 'unitIds'], 'Vui lòng chọn ít nhất một đơn vị tham gia.'));
  })
  .transform((v) => ({
    ...v,
    // Only the reference that matches the scope is kept (the table requires exactly that one).
    scopeClusterId: v.scope === 'cluster' ? v.scopeClusterId : null,
    scopeUnitId: v.scope === 'unit' ? v.scopeUnitId : null,
    participants: {
      mode: v.participants.mode,
      clusterId: v.participants.mode === 'cluster' ? v.participants.clusterId : null,
      unitIds: v.participants.mode === 'picked' ? [...new Set(v.participants.unitIds)] : [],
    },
  }));
export type MovementInput = z.input<typeof movementInputSchema>;
export type MovementValues = z.output<typeof movementInputSchema>;

export const movementUpdateSchema = z.object({ id, values: movementInputSchema }).strict();

export const movementListSchema = z
  .object({
    /** Movements whose period covers this year. */
    year: year('Năm').nullable().default(null),
    kind: z.enum(MOVEMENT_KINDS).nullable().default(null),
    status: z.enum(MOVEMENT_STATUSES).nullable().default(null),
    includeArchived: z.boolean().default(false),
    search: text('Tìm kiếm', 200).default(''),
  })
  .strict();
export type MovementListQuery = z.input<typeof movementListSchema>;
export type MovementListFilters = z.output<typeof movementListSchema>;

/** A status move; reopening a closed movement (→ in_progress) needs a reason. */
export const movementStatusSchema = z
  .object({
    id,
    status: z.enum(MOVEMENT_STATUSES, { error: 'Trạng thái không hợp lệ.' }),
    reason: optionalLongText('Lý do', 1000).default(null),
  })
  .strict();
export type MovementStatusInput = z.input<typeof movementStatusSchema>;

/** A movement as the list shows it. */
export interface MovementSummary {
  id: number;
  name: string;
  theme: string | null;
  kind: MovementKind;
  scope: MovementScope;
  docNumber: string | null;
  docDate: string | null;
  periodFromYear: number;
  periodToYear: number;
  status: MovementStatus;
  /** Participating units. */
  unitCount: number;
  archivedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
}

export interface MovementCriterion {
  id: number;
  position: number;
  content: string;
  target: string | null;
  weightPercent: number | null;
}

/** A participating unit, by its current name. */
export interface MovementUnit {
  id: number;
  name: string;
  /** False once the unit stopped (or was moved to the trash). */
  active: boolean;
}

/** A movement with everything its page needs. */
export interface Movement extends MovementSummary {
  scopeClusterId: number | null;
  scopeClusterName: string | null;
  scopeUnitId: number | null;
  scopeUnitName: string | null;
  docSigner: string | null;
  startsOn: string | null;
  endsOn: string | null;
  responsibleOffice: string | null;
  description: string | null;
  criteria: MovementCriterion[];
  units: MovementUnit[];
  /** What the form starts from: the stored units as a picked list (the mode itself is not stored). */
  participants: { mode: ParticipantMode; clusterId: number | null; unitIds: number[] };
  registrationCount: number;
  modelCount: number;
  decisionCount: number;
  createdAt: string;
}

/** An award decision linked to the movement (decisions.movement_id). */
export interface MovementDecision {
  id: number;
  numberText: string | null;
  decisionDate: string | null;
  subject: string | null;
  status: DecisionStatus;
  lineCount: number;
  /** Đồng, the sum of the lines' money. */
  totalAmount: number;
}
