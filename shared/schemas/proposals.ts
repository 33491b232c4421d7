import { z } from 'zod';
import { requiredText, text } from './fields';
import { id, isoDate, optionalLongText, optionalText } from './common';
import { RECIPIENT_KINDS, type RecipientKind } from '../domain/awards';
import type { DecisionStatus } from '../domain/decisions';

/** proposals.status: the Hội đồng reviews a submitted proposal; a decision takes its approved candidates. */
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'reviewed', 'decided', 'returned'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã trình',
  reviewed: 'Hội đồng đã xét',
  decided: 'Đã có quyết định',
  returned: 'Trả lại',
};

/** The Hội đồng Thi đua - Khen thưởng's outcome for one candidate. */
export const REVIEW_OUTCOMES = ['approved', 'rejected', 'proposed_upward'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  approved: 'Đồng ý',
  rejected: 'Không đồng ý',
  proposed_upward: 'Đề nghị cấp trên',
};

const year = z
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 đến 2100.')
  .max(2100, 'Năm phải từ 2000 đến 2100.');

/** What the proposal form edits: the tờ trình's number and date, who sent it, the year, title, received date. */
export const proposalInputSchema = z
  .object({
    /** As printed on the tờ trình, e.g. "12/TTr-THCS". */
    docNumber: optionalText('Số tờ trình', 50),
    docDate: isoDate('Ngày tờ trình').nullable(),
    /** null = the office itself (Phòng Văn hóa - Xã hội). */
    fromUnitId: id.nullable(),
    year,
    title: requiredText('Trích yếu', 300),
    receivedOn: isoDate('Ngày nhận').nullable(),
    note: optionalLongText('Ghi chú', 2000),
    /** Not offered yet (movements come later). */
    movementId: id.nullable(),
  })
  .strict()
  .refine((v) => v.docDate === null || v.receivedOn === null || v.receivedOn >= v.docDate, {
    message: 'Ngày nhận không được trước ngày tờ trình.',
    path: ['receivedOn'],
  });
export type ProposalInput = z.input<typeof proposalInputSchema>;
export type ProposalValues = z.output<typeof proposalInputSchema>;

export const proposalUpdateSchema = z.object({ id, values: proposalInputSchema }).strict();

export const proposalListSchema = z
  .object({
    year: year.nullable().default(null),
    status: z.enum(PROPOSAL_STATUSES).nullable().default(null),
    /** A unit; 'office' for the office's own proposals; null for all. */
    from: z
      .union([id, z.literal('office')])
      .nullable()
      .default(null),
    search: text('Tìm kiếm', 200).default(''),
  })
  .strict();
export type ProposalListQuery = z.input<typeof proposalListSchema>;
export type ProposalListFilters = z.output<typeof proposalListSchema>;

/** A proposal as the list shows it, with its candidates counted by outcome. */
export interface ProposalSummary {
  id: number;
  docNumber: string | null;
  docDate: string | null;
  fromUnitId: number | null;
  /** The unit's current name; null for the office. */
  fromUnitName: string | null;
  year: number;
  title: string;
  status: ProposalStatus;
  receivedOn: string | null;
  reviewedOn: string | null;
  candidateCount: number;
  approvedCount: number;
  rejectedCount: number;
  upwardCount: number;
  /** Candidates without an outcome yet. */
  pendingCount: number;
  /** Candidates a decision has taken. */
  decidedCount: number;
  updatedAt: string;
}

/** A proposal with everything its page needs. */
export interface Proposal extends ProposalSummary {
  note: string | null;
  movementId: number | null;
  /** The decisions that took candidates of this proposal. */
  decisions: { id: number; numberText: string | null; status: DecisionStatus }[];
  createdAt: string;
}

/** A candidate of a proposal; names are the registry's current ones. */
export interface ProposalCandidate {
  id: number;
  proposalId: number;
  kind: RecipientKind;
  /** The person, unit or household in the registry. */
  recipientId: number;
  name: string;
  /** Position and unit of a person, kind of a unit, address of a household. */
  detail: string | null;
  catalogueId: number;
  catalogueName: string;
  achievement: string | null;
  outcome: ReviewOutcome | null;
  reviewNote: string | null;
  decisionId: number | null;
  /** "05/QĐ-UBND" once the decision is numbered. */
  decisionNumberText: string | null;
}

const achievement = optionalLongText('Thành tích', 2000);

/** A registry record proposed for an award. */
export const candidateRefSchema = z
  .object({
    kind: z.enum(RECIPIENT_KINDS),
    id,
    catalogueId: id,
    achievement,
  })
  .strict();
export type CandidateRef = z.input<typeof candidateRefSchema>;

export const addCandidatesSchema = z
  .object({
    proposalId: id,
    candidates: z
      .array(candidateRefSchema)
      .min(1, 'Vui lòng chọn ít nhất một đối tượng.')
      .max(2000, 'Tối đa 2.000 đối tượng mỗi lần.'),
  })
  .strict();

export interface AddCandidatesResult {
  added: number;
  /** Already proposed in this proposal for the same award. */
  skipped: { name: string; reason: string }[];
}

export const candidateUpdateSchema = z.object({ candidateId: id, catalogueId: id, achievement }).strict();

export const removeCandidatesSchema = z
  .object({ proposalId: id, candidateIds: z.array(id).min(1, 'Vui lòng chọn đối tượng cần bỏ.') })
  .strict();

/** The Hội đồng's outcome for some candidates; a null outcome clears it. */
export const reviewSchema = z
  .object({
    proposalId: id,
    reviews: z
      .array(
        z
          .object({
            candidateId: id,
            outcome: z.enum(REVIEW_OUTCOMES).nullable(),
            note: optionalText('Ý kiến', 500),
          })
          .strict(),
      )
      .min(1),
    /** The day of the Hội đồng's meeting; today when not given. */
    reviewedOn: isoDate('Ngày xét').nullable().default(null),
  })
  .strict();
export type ReviewInput = z.input<typeof reviewSchema>;

export const returnSchema = z.object({ id, reason: requiredText('Lý do trả lại', 1000) }).strict();

/** Approved candidates into a new draft decision (decisionId null) or an existing draft. */
export const toDecisionSchema = z.object({ proposalId: id, decisionId: id.nullable() }).strict();

export interface ToDecisionResult {
  decisionId: number;
  /** Lines added to the decision. */
  added: number;
  skipped: { name: string; reason: string }[];
}
