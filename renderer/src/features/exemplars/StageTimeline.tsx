import { Text, Timeline } from '@mantine/core';
import { EXEMPLAR_STAGE_LABELS } from '../../../../shared/domain/exemplars';
import { formatDate } from '../../../../shared/rules/dates';
import type { StageMove } from '../../../../shared/schemas/exemplars';
import { formatStamp } from '../../components/formatStamp';
import { exemplarsTexts as t } from './texts';

/** Every stage move, oldest first: the stage and its date, the note, who moved it and when it was recorded. */
export function StageTimeline({ history }: { history: StageMove[] }) {
  return (
    <Timeline active={history.length - 1} bulletSize={18} lineWidth={2} aria-label={t.historyLabel}>
      {history.map((h) => (
        <Timeline.Item key={h.id} title={`${EXEMPLAR_STAGE_LABELS[h.stage]} · ${formatDate(h.onDate)}`}>
          {h.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {h.note}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" mt={2}>
            {t.historyBy(h.movedBy, formatStamp(h.at))}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
