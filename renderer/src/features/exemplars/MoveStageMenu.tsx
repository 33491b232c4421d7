import { Button, Menu } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import {
  EXEMPLAR_STAGE_LABELS,
  nextStage,
  previousStage,
  type ExemplarStage,
} from '../../../../shared/domain/exemplars';
import type { ExemplarSummary } from '../../../../shared/schemas/exemplars';
import { MoveStageDialog } from './MoveStageDialog';
import { exemplarsTexts as t } from './texts';

/** "Chuyển giai đoạn": a menu of the next and previous stage, each opening the date-and-note dialog. */
export function MoveStageMenu({
  model,
  size = 'xs',
}: {
  model: Pick<ExemplarSummary, 'id' | 'title' | 'stage' | 'stageOn' | 'readOnly'>;
  size?: 'xs' | 'sm';
}) {
  const [target, setTarget] = useState<ExemplarStage | null>(null);
  const next = nextStage(model.stage);
  const previous = previousStage(model.stage);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size={size}
            variant="light"
            disabled={model.readOnly}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t.moveActionOf(model.title)}
          >
            {t.moveAction}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next ? (
            <Menu.Item leftSection={<IconArrowRight size={16} aria-hidden />} onClick={() => setTarget(next)}>
              {t.moveNext(EXEMPLAR_STAGE_LABELS[next])}
            </Menu.Item>
          ) : null}
          {previous ? (
            <Menu.Item
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              onClick={() => setTarget(previous)}
            >
              {t.movePrevious(EXEMPLAR_STAGE_LABELS[previous])}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <MoveStageDialog model={model} target={target} onClose={() => setTarget(null)} />
    </>
  );
}
