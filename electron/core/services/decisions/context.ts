import { auditedWriter, type ServiceDeps } from '../audit-trail';
import { getDecisionRecord, type DecisionRecord } from '../../db/repos/decisions';
import { AppError } from '../../../../shared/errors';
import type { PeopleService } from '../people';
import type { UnitsService } from '../units';
import type { HouseholdsService } from '../households';

/** What the decisions service needs: pasted rows create people, units and households through their services. */
export interface DecisionsDeps extends ServiceDeps {
  people: PeopleService;
  units: UnitsService;
  households: HouseholdsService;
}

/** Shared by the parts of the service: the deps, the audited writer and the lookups that refuse. */
export interface DecisionsContext {
  deps: DecisionsDeps;
  /** One transaction with its audit row on entity 'decisions'. */
  write: ReturnType<typeof auditedWriter>;
  /** A live decision (not in the trash); NOT_FOUND otherwise. */
  find(id: number): DecisionRecord;
  /** A live draft; CONFLICT (with `whatFor` in the message) when signed or cancelled. */
  findDraft(id: number, whatFor: string): DecisionRecord;
}

const NOT_FOUND = 'Không tìm thấy quyết định này (có thể đã bị xóa).';

export function decisionsContext(deps: DecisionsDeps): DecisionsContext {
  const find = (id: number): DecisionRecord => {
    const d = getDecisionRecord(deps.db, id);
    if (!d || d.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    return d;
  };
  return {
    deps,
    write: auditedWriter(deps, 'decisions'),
    find,
    findDraft(id, whatFor) {
      const d = find(id);
      if (d.status !== 'draft') {
        const state = d.status === 'signed' ? 'đã ký' : 'đã hủy';
        const hint = d.status === 'signed' ? ' Muốn sửa, hãy dùng “Đính chính”.' : '';
        throw new AppError(
          'CONFLICT',
          `Quyết định ${d.numberText ?? ''} ${state} nên không ${whatFor} được.${hint}`.replace(
            / {2,}/g,
            ' ',
          ),
        );
      }
      return d;
    },
  };
}
