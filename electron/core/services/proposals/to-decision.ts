import { defaultDecisionSubject } from '../../../../shared/rules/decision-subject';
import type { ProposalsContext } from './context';
import type { ProposalsService } from './types';
import { listCandidates, markDecided } from '../../db/repos/proposal-candidates';
import { getCatalogueEntry } from '../../db/repos/catalogue';
import { AppError } from '../../../../shared/errors';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { decisionInputSchema } from '../../../../shared/schemas/decisions';
import type { Proposal, ProposalCandidate } from '../../../../shared/schemas/proposals';

/** The office's own proposals are made by the Phòng Văn hóa - Xã hội. */
const OFFICE_NAME = 'Phòng Văn hóa - Xã hội';
const MAX_LEGAL_BASES = 20;

/** The catalogue entry most approved candidates are proposed for (the first proposed on a tie). */
export function mostCommonCatalogue(candidates: ProposalCandidate[]): number {
  const counts = new Map<number, number>();
  for (const c of candidates) counts.set(c.catalogueId, (counts.get(c.catalogueId) ?? 0) + 1);
  let best = candidates[0]!.catalogueId;
  for (const [id, n] of counts) if (n > counts.get(best)!) best = id;
  return best;
}

/** "Xét đề nghị của Trường THCS Lê Chân tại Tờ trình số 12/TTr-THCS ngày 05/11/2026". */
export function considerationLine(p: Proposal): string | null {
  if (p.fromUnitName === null && p.docNumber === null) return null;
  const doc =
    p.docNumber === null
      ? ''
      : ` tại Tờ trình số ${p.docNumber}${p.docDate === null ? '' : ` ngày ${formatDate(p.docDate)}`}`;
  return `Xét đề nghị của ${p.fromUnitName ?? OFFICE_NAME}${doc}`;
}

/** The defaults, with the proposal's "Xét đề nghị" line before the defaults' own "Xét" lines. */
export function legalBasesFor(defaults: string[], p: Proposal): string[] {
  const line = considerationLine(p);
  if (line === null) return defaults.slice(0, MAX_LEGAL_BASES);
  const at = defaults.findIndex((l) => /^xét\b/i.test(l));
  const bases = at < 0 ? [...defaults, line] : [...defaults.slice(0, at), line, ...defaults.slice(at)];
  return bases.slice(0, MAX_LEGAL_BASES);
}

/** Turns the approved candidates into a decision's list, in one transaction with the decision's writes. */
export function proposalToDecision(ctx: ProposalsContext): Pick<ProposalsService, 'toDecision'> {
  const { db, deps, write, find, settleStatus } = ctx;

  return {
    toDecision(proposalId, decisionId) {
      const proposal = find(proposalId);
      const open = listCandidates(db, proposalId).filter(
        (c) => c.outcome === 'approved' && c.decisionId === null,
      );
      if (open.length === 0) {
        throw new AppError(
          'CONFLICT',
          'Đề nghị không còn trường hợp nào được Hội đồng đồng ý mà chưa có quyết định.',
        );
      }
      const decisions = deps.decisions();
      if (decisionId !== null && decisions.get(decisionId).status !== 'draft') {
        throw new AppError('CONFLICT', 'Chỉ thêm được vào quyết định đang là dự thảo (chưa ký, chưa hủy).');
      }

      return write((at) => {
        let target = decisionId;
        if (target === null) {
          const catalogueId = mostCommonCatalogue(open);
          const entry = getCatalogueEntry(db, catalogueId)!;
          const values = decisionInputSchema.parse({
            year: proposal.year,
            number: null,
            decisionDate: null,
            signer: null,
            subject: defaultDecisionSubject(entry, proposal.year),
            legalBases: legalBasesFor(deps.settings.get().defaultLegalBases, proposal),
            movementId: proposal.movementId,
            catalogueId,
            achievementFrom: null,
            achievementTo: null,
            method: 'regular',
            defaultAchievement: '',
            recipientOrder: 'entered',
          });
          target = decisions.create(values).id;
        }
        const { added, skipped } = decisions.addRecipients(
          target,
          open.map((c) => ({
            kind: c.kind,
            id: c.recipientId,
            achievement: c.achievement,
            catalogueId: c.catalogueId,
            proposalCandidateId: c.id,
          })),
        );
        const marked = markDecided(
          db,
          open.map((c) => c.id),
          target,
          at,
        );
        settleStatus(proposalId, at, todayIso(deps.clock.now()));
        return {
          result: { decisionId: target, added, skipped },
          audit: {
            entityId: proposalId,
            action: 'update',
            before: { status: proposal.status },
            after: {
              status: find(proposalId).status,
              decisionId: target,
              candidatesDecided: open.filter((c) => marked.includes(c.id)).map((c) => c.name),
            },
            note: `Lập quyết định từ ${marked.length} trường hợp được đồng ý`,
          },
        };
      });
    },
  };
}
