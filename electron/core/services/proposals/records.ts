import type { ProposalsContext } from './context';
import { auditFields } from './context';
import type { ProposalsService } from './types';
import {
  insertProposal,
  listProposals,
  setProposalStatus,
  trashProposal,
  updateProposal,
} from '../../db/repos/proposals';
import { getUnitBasics } from '../../db/repos/units';
import { sameFields } from '../audit-trail';
import { AppError } from '../../../../shared/errors';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { PROPOSAL_STATUS_LABELS, type ProposalValues } from '../../../../shared/schemas/proposals';

type RecordPart = Pick<
  ProposalsService,
  'list' | 'get' | 'create' | 'update' | 'delete' | 'submit' | 'returnProposal'
>;

/** The proposal itself: list, form, trash, and the status moves the office makes by hand. */
export function proposalRecords(ctx: ProposalsContext): RecordPart {
  const { db, write, find } = ctx;

  const requireUnit = (values: ProposalValues) => {
    if (values.fromUnitId === null) return;
    const unit = getUnitBasics(db, values.fromUnitId);
    if (!unit || unit.deletedAt !== null) {
      const message = 'Không tìm thấy đơn vị đề nghị (có thể đã bị xóa).';
      throw new AppError('VALIDATION', message, { fields: { fromUnitId: message } });
    }
  };
  const requireNothingDecided = (id: number, what: string) => {
    const p = find(id);
    if (p.decidedCount > 0) {
      throw new AppError(
        'CONFLICT',
        `Đề nghị “${p.title}” đã có ${p.decidedCount} trường hợp được đưa vào quyết định nên không ${what} được.`,
      );
    }
    return p;
  };

  return {
    list: (filters) => listProposals(db, filters),
    get: (id) => find(id),

    create(values) {
      requireUnit(values);
      return write((at) => {
        const id = insertProposal(db, values, at);
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update(id, values) {
      const before = find(id);
      requireUnit(values);
      if (sameFields(auditFields(before), auditFields({ ...before, ...values }))) return before;
      return write((at) => {
        updateProposal(db, id, values, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    delete(id) {
      const before = requireNothingDecided(id, 'xóa');
      return write((at) => {
        trashProposal(db, id, at);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: auditFields(before) } };
      });
    },

    submit(id) {
      const before = find(id);
      if (before.status !== 'draft' && before.status !== 'returned') {
        throw new AppError(
          'CONFLICT',
          `Đề nghị đang ở trạng thái “${PROPOSAL_STATUS_LABELS[before.status]}” nên không trình lại được.`,
        );
      }
      if (before.candidateCount === 0) {
        throw new AppError(
          'VALIDATION',
          'Đề nghị chưa có đối tượng nào: hãy thêm đối tượng trước khi trình.',
        );
      }
      return write((at) => {
        setProposalStatus(db, id, { status: 'submitted', reviewedOn: null }, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    returnProposal(id, reason) {
      const before = requireNothingDecided(id, 'trả lại');
      if (before.status === 'returned') return before;
      return write((at) => {
        const line = `Trả lại ngày ${formatDate(todayIso(ctx.deps.clock.now()))}: ${reason}`;
        const note = before.note ? `${before.note}\n${line}` : line;
        setProposalStatus(db, id, { status: 'returned', note }, at);
        const after = find(id);
        return {
          result: after,
          audit: {
            entityId: id,
            action: 'update',
            before: auditFields(before),
            after: auditFields(after),
            note: reason,
          },
        };
      });
    },
  };
}
