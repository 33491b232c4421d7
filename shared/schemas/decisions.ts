import { z } from 'zod';
import { requiredText, text } from './fields';
import { id, isoDate, optionalLongText, optionalText } from './common';
import {
  DECISION_METHODS,
  DECISION_STATUSES,
  RECIPIENT_ORDERS,
  SIGNER_KINDS,
  type DecisionMethod,
  type DecisionStatus,
  type HintCode,
  type RecipientOrder,
  type SignerKind,
} from '../domain/decisions';
import { RECIPIENT_KINDS, type RecipientKind } from '../domain/awards';
import type { StaffCategory } from '../domain/registry';

const year = z
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 đến 2100.')
  .max(2100, 'Năm phải từ 2000 đến 2100.');

const decisionNumber = z
  .number({ error: 'Số quyết định phải là một số.' })
  .int('Số quyết định phải là số nguyên.')
  .min(1, 'Số quyết định phải từ 1 trở lên.')
  .max(99_999, 'Số quyết định quá lớn.');

export const signerSchema = z
  .object({
    kind: z.enum(SIGNER_KINDS, { error: 'Vui lòng chọn người ký.' }),
    name: requiredText('Họ tên người ký', 100),
  })
  .strict();
export type DecisionSigner = z.output<typeof signerSchema>;

/** One căn cứ line as printed (italic, ending with ";" — the builder adds it when missing). */
export const legalBasesSchema = z.array(requiredText('Căn cứ', 500)).max(20, 'Tối đa 20 dòng căn cứ.');

/**
 * What the decision form edits. A draft may lack its number, date, signer and award: signing
 * requires them. The year is the decision date's year when a date is given.
 */
export const decisionInputSchema = z
  .object({
    year,
    number: decisionNumber.nullable(),
    decisionDate: isoDate('Ngày quyết định').nullable(),
    signer: signerSchema.nullable(),
    subject: optionalText('Trích yếu', 500),
    legalBases: legalBasesSchema,
    movementId: id.nullable(),
    catalogueId: id.nullable(),
    achievementFrom: isoDate('Thành tích từ ngày').nullable(),
    achievementTo: isoDate('Thành tích đến ngày').nullable(),
    method: z.enum(DECISION_METHODS, {
      error: 'Vui lòng chọn hình thức khen (thường xuyên, chuyên đề, đột xuất).',
    }),
    defaultAchievement: optionalLongText('Thành tích chung', 2000),
    recipientOrder: z.enum(RECIPIENT_ORDERS),
  })
  .strict()
  .refine((v) => v.decisionDate === null || Number(v.decisionDate.slice(0, 4)) === v.year, {
    message: 'Ngày quyết định phải thuộc năm của quyết định.',
    path: ['decisionDate'],
  })
  .refine(
    (v) => v.achievementFrom === null || v.achievementTo === null || v.achievementTo >= v.achievementFrom,
    {
      message: 'Ngày kết thúc thành tích không được trước ngày bắt đầu.',
      path: ['achievementTo'],
    },
  );
export type DecisionInput = z.input<typeof decisionInputSchema>;
export type DecisionValues = z.output<typeof decisionInputSchema>;

export const decisionUpdateSchema = z.object({ id, values: decisionInputSchema }).strict();

export const decisionListSchema = z
  .object({
    year: year.nullable().default(null),
    status: z.enum(DECISION_STATUSES).nullable().default(null),
    catalogueId: id.nullable().default(null),
    search: text('Tìm kiếm', 200).default(''),
  })
  .strict();
export type DecisionListQuery = z.input<typeof decisionListSchema>;

const reason = requiredText('Lý do', 1000);

export const decisionSignSchema = z.object({ id }).strict();
export const decisionCancelSchema = z.object({ id, reason }).strict();
/** A signed decision changes only through a correction that records who, when and why. */
export const decisionCorrectSchema = z.object({ id, values: decisionInputSchema, reason }).strict();

/** A decision as the list shows it. */
export interface DecisionSummary {
  id: number;
  year: number;
  number: number | null;
  /** "05/QĐ-UBND" once numbered. */
  numberText: string | null;
  decisionDate: string | null;
  subject: string | null;
  catalogueId: number | null;
  catalogueName: string | null;
  status: DecisionStatus;
  method: DecisionMethod;
  collectiveCount: number;
  individualCount: number;
  householdCount: number;
  /** Đồng, the sum of the lines' amounts. */
  totalAmount: number;
  signedAt: string | null;
  updatedAt: string;
}

/** A decision with everything its form and documents need. */
export interface Decision extends DecisionSummary {
  signer: { kind: SignerKind; name: string; title: string } | null;
  legalBases: string[];
  movementId: number | null;
  movementName: string | null;
  achievementFrom: string | null;
  achievementTo: string | null;
  defaultAchievement: string | null;
  recipientOrder: RecipientOrder;
  cancelledAt: string | null;
  cancelReason: string | null;
  createdAt: string;
}

export interface DecisionCorrection {
  id: number;
  at: string;
  actor: string;
  reason: string;
  /** Field label → [before, after] as shown to the user. */
  changes: { field: string; before: string; after: string }[];
}

/** One line of a decision's list (an award). */
export interface AwardLine {
  id: number;
  decisionId: number;
  /** 1-based number within its section, in the list's order. */
  stt: number;
  recipientKind: RecipientKind;
  /** The person, unit or household in the registry. */
  recipientId: number;
  /** As printed (snapshotted when added; corrected through a correction once signed). */
  name: string;
  positionUnit: string | null;
  staffCategory: StaffCategory | null;
  /** The line's own text; null = the decision's default achievement. */
  achievement: string | null;
  catalogueId: number;
  catalogueName: string;
  /** False when a higher title for the same recipient and period is paid instead. */
  paid: boolean;
  /** Đồng; 0 when not paid or the award carries no money. */
  amount: number;
  baseSalaryUsed: number | null;
  registerYear: number | null;
  registerNumber: number | null;
  printCount: number;
  lastPrintedAt: string | null;
}

/** A registry record to add to a decision's list. */
export const recipientRefSchema = z
  .object({
    kind: z.enum(RECIPIENT_KINDS),
    id,
    achievement: optionalLongText('Thành tích', 2000).optional(),
    /** Defaults to the decision's award. */
    catalogueId: id.nullable().optional(),
    /** Set when the line comes from an approved proposal candidate (kept on the award). */
    proposalCandidateId: id.nullable().optional(),
  })
  .strict();
export type RecipientRef = z.input<typeof recipientRefSchema>;

export const addRecipientsSchema = z
  .object({ decisionId: id, recipients: z.array(recipientRefSchema).min(1).max(5000) })
  .strict();

export interface AddRecipientsResult {
  added: number;
  /** Already in the list with the same award. */
  skipped: { name: string; reason: string }[];
}

export const lineUpdateSchema = z
  .object({
    lineId: id,
    positionUnit: optionalText('Chức vụ, đơn vị', 300),
    achievement: optionalLongText('Thành tích', 2000),
    catalogueId: id,
  })
  .strict();

/** On a signed decision: fix what is printed, with a reason (recorded as a correction). */
export const lineCorrectSchema = z
  .object({
    lineId: id,
    name: requiredText('Tên', 200),
    positionUnit: optionalText('Chức vụ, đơn vị', 300),
    achievement: optionalLongText('Thành tích', 2000),
    reason,
  })
  .strict();

export const removeLinesSchema = z.object({ decisionId: id, lineIds: z.array(id).min(1) }).strict();
/** The new order of one section's lines (every line of that kind, once). */
export const reorderLinesSchema = z
  .object({ decisionId: id, kind: z.enum(RECIPIENT_KINDS), lineIds: z.array(id).min(1) })
  .strict();

/** A block of rows copied from Excel (tab-separated): name, position/unit, achievement. */
export const pastePreviewSchema = z
  .object({
    decisionId: id,
    kind: z.enum(RECIPIENT_KINDS),
    text: z.string().max(2_000_000, 'Khối dữ liệu dán vào quá lớn.'),
  })
  .strict();

export type PasteRowStatus = 'matched' | 'ambiguous' | 'new' | 'in_list' | 'invalid';

export interface PasteCandidate {
  id: number;
  name: string;
  /** Unit / address / position to tell namesakes apart. */
  detail: string;
  birthYear: number | null;
}

export interface PastePreviewRow {
  /** 1-based row of the pasted block. */
  row: number;
  name: string;
  positionUnit: string | null;
  achievement: string | null;
  status: PasteRowStatus;
  /** Registry records with the same folded name (best first); the chosen one when matched. */
  candidates: PasteCandidate[];
  /** Proposed choice: a candidate id, or null to create the record. */
  chosenId: number | null;
  /** Why the row is ambiguous, a likely duplicate, or invalid. */
  message: string | null;
}

export interface PastePreview {
  kind: RecipientKind;
  rows: PastePreviewRow[];
}

export const pasteCommitSchema = z
  .object({
    decisionId: id,
    kind: z.enum(RECIPIENT_KINDS),
    rows: z
      .array(
        z
          .object({
            name: requiredText('Tên', 200),
            positionUnit: optionalText('Chức vụ, đơn vị', 300),
            achievement: optionalLongText('Thành tích', 2000),
            /** An existing record, or null to create one (person, unit or household) from the row. */
            recipientId: id.nullable(),
            /** For created people: their unit. */
            unitId: id.nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(5000),
  })
  .strict();

export interface PasteCommitResult {
  added: number;
  created: number;
  skipped: { name: string; reason: string }[];
}

export interface LineHint {
  lineId: number;
  code: HintCode;
  message: string;
}
