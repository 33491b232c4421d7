import type { ExemplarsContext } from './context';
import type { ExemplarsService } from './types';
import { setExemplarStage } from '../../db/repos/exemplars';
import { insertStageMove } from '../../db/repos/exemplars-history';
import { AppError } from '../../../../shared/errors';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { EXEMPLAR_STAGE_LABELS, nextStage, previousStage } from '../../../../shared/domain/exemplars';

const refuse = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

/**
 * Moves through the cycle phát hiện → bồi dưỡng → tổng kết → nhân rộng, one step at a time in
 * either direction (a model sent back to bồi dưỡng is recorded as such, not erased): every move is
 * one history row, dated, with the note and the officer who moved it.
 */
export function exemplarStages(ctx: ExemplarsContext): Pick<ExemplarsService, 'moveStage'> {
  const { db, deps, write, findEditable } = ctx;
  return {
    moveStage({ id, stage, onDate, note }) {
      const before = findEditable(id);
      if (stage !== nextStage(before.stage) && stage !== previousStage(before.stage)) {
        throw refuse(
          'stage',
          stage === before.stage
            ? `Điển hình đang ở giai đoạn “${EXEMPLAR_STAGE_LABELS[stage]}”.`
            : `Chỉ chuyển được sang giai đoạn liền trước hoặc liền sau giai đoạn “${EXEMPLAR_STAGE_LABELS[before.stage]}”.`,
        );
      }
      if (onDate > todayIso(deps.clock.now()))
        throw refuse('onDate', 'Ngày chuyển giai đoạn không được sau ngày hôm nay.');
      if (onDate < before.stageOn)
        throw refuse(
          'onDate',
          `Ngày chuyển giai đoạn không được trước ngày của giai đoạn hiện tại (${formatDate(before.stageOn)}).`,
        );
      return write((at) => {
        const movedBy = deps.settings.actor();
        insertStageMove(db, id, { stage, onDate, note, movedBy }, at);
        setExemplarStage(db, id, stage, at);
        const after = ctx.find(id);
        return {
          result: after,
          audit: {
            entityId: id,
            action: 'update',
            before: { stage: before.stage, stageOn: before.stageOn },
            after: { stage, stageOn: onDate },
            note: note ?? `Chuyển sang giai đoạn “${EXEMPLAR_STAGE_LABELS[stage]}”`,
          },
        };
      });
    },
  };
}
