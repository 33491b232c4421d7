import type { ProposalsContext } from './context';
import type { ProposalsService } from './types';
import {
  candidateKeys,
  deleteCandidate,
  insertCandidate,
  listCandidates,
  recipientName,
  setReview,
  updateCandidate,
} from '../../db/repos/proposal-candidates';
import { touchProposal } from '../../db/repos/proposals';
import { getCatalogueEntry } from '../../db/repos/catalogue';
import { AppError } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/rules/dates';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../../../../shared/domain/awards';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import { REVIEW_OUTCOME_LABELS, type ProposalCandidate } from '../../../../shared/schemas/proposals';

type CandidatePart = Pick<
  ProposalsService,
  'candidates' | 'addCandidates' | 'updateCandidate' | 'removeCandidates' | 'review'
>;

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** Why an award cannot go to this kind of recipient, or null when it can. */
function catalogueRefusal(entry: CatalogueEntry, kind: RecipientKind): string | null {
  if (!entry.active) return `“${entry.name}” đã ngừng sử dụng.`;
  if (!entry[ALLOWS[kind]])
    return `“${entry.name}” không tặng cho ${RECIPIENT_KIND_LABELS[kind].toLowerCase()}.`;
  return null;
}

const recorded = (c: ProposalCandidate) => ({
  name: c.name,
  catalogue: c.catalogueName,
  achievement: c.achievement,
  outcome: c.outcome === null ? null : REVIEW_OUTCOME_LABELS[c.outcome],
  reviewNote: c.reviewNote,
});

/** The candidates of a proposal and the Hội đồng's review of them. */
export function proposalCandidates(ctx: ProposalsContext): CandidatePart {
  const { db, write, find, findCandidate, requireUndecided, settleStatus } = ctx;
  const today = () => todayIso(ctx.deps.clock.now());

  const catalogue = (id: number): CatalogueEntry => {
    const entry = getCatalogueEntry(db, id);
    if (!entry) {
      const message = 'Không tìm thấy danh hiệu, hình thức khen thưởng này.';
      throw new AppError('VALIDATION', message, { fields: { catalogueId: message } });
    }
    return entry;
  };
  const ownCandidates = (proposalId: number, ids: number[]) => {
    const byId = new Map(listCandidates(db, proposalId).map((c) => [c.id, c]));
    return ids.map((id) => {
      const c = byId.get(id);
      if (!c) throw new AppError('NOT_FOUND', 'Có đối tượng không thuộc đề nghị này (có thể đã bị bỏ).');
      return c;
    });
  };

  return {
    candidates(proposalId) {
      find(proposalId);
      return listCandidates(db, proposalId);
    },

    addCandidates(proposalId, refs) {
      find(proposalId);
      return write((at) => {
        const keys = candidateKeys(db, proposalId);
        const skipped: { name: string; reason: string }[] = [];
        const added: string[] = [];
        for (const ref of refs) {
          const record = recipientName(db, ref.kind, ref.id);
          if (!record)
            throw new AppError('NOT_FOUND', 'Không tìm thấy đối tượng trong danh bạ (có thể đã bị xóa).');
          const entry = catalogue(ref.catalogueId);
          const key = `${ref.kind}:${ref.id}:${ref.catalogueId}`;
          const refusal = record.trashed
            ? 'Đang ở thùng rác.'
            : keys.has(key)
              ? `Đã có trong đề nghị với “${entry.name}”.`
              : catalogueRefusal(entry, ref.kind);
          if (refusal !== null) {
            skipped.push({ name: record.name, reason: refusal });
            continue;
          }
          insertCandidate(db, proposalId, ref, at);
          keys.add(key);
          added.push(record.name);
        }
        if (added.length === 0) return { result: { added: 0, skipped }, audit: null };
        touchProposal(db, proposalId, at);
        settleStatus(proposalId, at, today());
        return {
          result: { added: added.length, skipped },
          audit: {
            entityId: proposalId,
            action: 'update',
            after: { candidatesAdded: added },
            note: `Thêm ${added.length} đối tượng được đề nghị`,
          },
        };
      });
    },

    updateCandidate({ candidateId, catalogueId, achievement }) {
      const before = findCandidate(candidateId);
      requireUndecided(before);
      if (before.catalogueId === catalogueId && before.achievement === achievement) return before;
      const refusal =
        catalogueId === before.catalogueId ? null : catalogueRefusal(catalogue(catalogueId), before.kind);
      if (refusal !== null) throw new AppError('VALIDATION', refusal, { fields: { catalogueId: refusal } });
      return write((at) => {
        updateCandidate(db, candidateId, { catalogueId, achievement }, at);
        touchProposal(db, before.proposalId, at);
        const after = findCandidate(candidateId);
        return {
          result: after,
          audit: {
            entityId: before.proposalId,
            action: 'update',
            before: recorded(before),
            after: recorded(after),
          },
        };
      });
    },

    removeCandidates(proposalId, candidateIds) {
      find(proposalId);
      const targets = ownCandidates(proposalId, [...new Set(candidateIds)]);
      targets.forEach(requireUndecided);
      return write((at) => {
        targets.forEach((c) => deleteCandidate(db, c.id));
        touchProposal(db, proposalId, at);
        settleStatus(proposalId, at, today());
        return {
          result: { removed: targets.length },
          audit: {
            entityId: proposalId,
            action: 'update',
            before: { candidatesRemoved: targets.map(recorded) },
            note: `Bỏ ${targets.length} đối tượng khỏi đề nghị`,
          },
        };
      });
    },

    review({ proposalId, reviews, reviewedOn }) {
      const proposal = find(proposalId);
      if (proposal.status === 'returned') {
        throw new AppError('CONFLICT', 'Đề nghị đã bị trả lại: đơn vị cần trình lại trước khi Hội đồng xét.');
      }
      const targets = ownCandidates(
        proposalId,
        reviews.map((r) => r.candidateId),
      );
      const changed = reviews.filter(
        (r, i) => r.outcome !== targets[i]!.outcome || r.note !== targets[i]!.reviewNote,
      );
      changed.forEach((r) => requireUndecided(targets.find((c) => c.id === r.candidateId)!));
      return write((at) => {
        changed.forEach((r) => setReview(db, r.candidateId, r.outcome, r.note, at));
        if (changed.length > 0) touchProposal(db, proposalId, at);
        settleStatus(proposalId, at, reviewedOn ?? today(), true);
        const after = find(proposalId);
        const audit =
          changed.length === 0 && after.status === proposal.status && after.reviewedOn === proposal.reviewedOn
            ? null
            : {
                entityId: proposalId,
                action: 'update' as const,
                before: {
                  status: proposal.status,
                  reviews: changed.map((r) => recorded(targets.find((c) => c.id === r.candidateId)!)),
                },
                after: {
                  status: after.status,
                  reviewedOn: after.reviewedOn,
                  reviews: changed.map((r) => recorded(findCandidate(r.candidateId))),
                },
                note: 'Hội đồng Thi đua - Khen thưởng xét đề nghị',
              };
        return { result: after, audit };
      });
    },
  };
}
