import type { DecisionColumns, DecisionRecord } from '../../db/repos/decisions';
import type { Decision, DecisionSummary, DecisionValues } from '../../../../shared/schemas/decisions';
import { formatDecisionNumber } from '../../../../shared/rules/decision-number';

// Titles printed above the signature: the chairman signs himself, a vice chairman "KT. CHỦ TỊCH".
export const SIGNER_TITLES = { chairman: 'Chủ tịch', vice: 'Phó Chủ tịch' } as const;

/** The stored columns for the form's values; number_text is formatted with the suffix in settings. */
export function toColumns(v: DecisionValues, suffix: string): DecisionColumns {
  return {
    year: v.year,
    number: v.number,
    numberText: v.number === null ? null : formatDecisionNumber(v.number, suffix),
    decisionDate: v.decisionDate,
    signerName: v.signer?.name ?? null,
    signerTitle: v.signer ? SIGNER_TITLES[v.signer.kind] : null,
    signerOnBehalf: v.signer?.kind === 'vice',
    subject: v.subject,
    legalBases: v.legalBases,
    movementId: v.movementId,
    catalogueId: v.catalogueId,
    achievementFrom: v.achievementFrom,
    achievementTo: v.achievementTo,
    method: v.method,
    defaultAchievement: v.defaultAchievement,
    recipientOrder: v.recipientOrder,
  };
}

/** The stored columns of a decision as it is (to rewrite it with a few changes). */
export function columnsOf(d: DecisionRecord): DecisionColumns {
  return {
    year: d.year,
    number: d.number,
    numberText: d.numberText,
    decisionDate: d.decisionDate,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    signerOnBehalf: d.signerOnBehalf,
    subject: d.subject,
    legalBases: d.legalBases,
    movementId: d.movementId,
    catalogueId: d.catalogueId,
    achievementFrom: d.achievementFrom,
    achievementTo: d.achievementTo,
    method: d.method,
    defaultAchievement: d.defaultAchievement,
    recipientOrder: d.recipientOrder,
  };
}

export function toSummary(d: DecisionRecord): DecisionSummary {
  return {
    id: d.id,
    year: d.year,
    number: d.number,
    numberText: d.numberText,
    decisionDate: d.decisionDate,
    subject: d.subject,
    catalogueId: d.catalogueId,
    catalogueName: d.catalogueName,
    status: d.status,
    method: d.method,
    collectiveCount: d.collectiveCount,
    individualCount: d.individualCount,
    householdCount: d.householdCount,
    totalAmount: d.totalAmount,
    signedAt: d.signedAt,
    updatedAt: d.updatedAt,
  };
}

export function toDecision(d: DecisionRecord): Decision {
  return {
    ...toSummary(d),
    signer:
      d.signerName === null
        ? null
        : { kind: d.signerOnBehalf ? 'vice' : 'chairman', name: d.signerName, title: d.signerTitle ?? '' },
    legalBases: d.legalBases,
    movementId: d.movementId,
    movementName: d.movementName,
    achievementFrom: d.achievementFrom,
    achievementTo: d.achievementTo,
    defaultAchievement: d.defaultAchievement,
    recipientOrder: d.recipientOrder,
    cancelledAt: d.cancelledAt,
    cancelReason: d.cancelReason,
    createdAt: d.createdAt,
  };
}

/**
 * The fields a user edits, as the audit log and corrections record them (ids and codes; the
 * corrections screen turns them into labels). The number is kept as printed.
 */
export function editableFields(d: DecisionColumns) {
  return {
    numberText: d.numberText,
    decisionDate: d.decisionDate,
    signer: d.signerName === null ? null : `${d.signerTitle ?? ''} ${d.signerName}`.trim(),
    subject: d.subject,
    legalBases: d.legalBases,
    movementId: d.movementId,
    catalogueId: d.catalogueId,
    achievementFrom: d.achievementFrom,
    achievementTo: d.achievementTo,
    method: d.method,
    defaultAchievement: d.defaultAchievement,
    recipientOrder: d.recipientOrder,
  };
}
export type EditableFields = ReturnType<typeof editableFields>;
