import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendar, IconLock, IconPaperclip } from '@tabler/icons-react';
import { formatDate } from '../../../../shared/rules/dates';
import type { ExemplarSummary } from '../../../../shared/schemas/exemplars';
import { hashOf } from '../../app/areas';
import { MoveStageMenu } from './MoveStageMenu';
import { exemplarsTexts as t } from './texts';

/** One model on the board: what, who, field, movement, since when in this stage, how much evidence. */
export function ExemplarCard({ model: m }: { model: ExemplarSummary }) {
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={m.title}>
      <Stack gap={6}>
        <Anchor href={hashOf('exemplars', m.id)} fw={600} lh={1.3} aria-label={t.cardOpen(m.title)}>
          {m.title}
        </Anchor>
        <Text size="sm" lh={1.3}>
          {m.subjectName}
          {m.subjectDetail ? (
            <Text span c="dimmed" size="sm">
              {' '}
              · {m.subjectDetail}
            </Text>
          ) : null}
        </Text>
        {m.field || m.movementName ? (
          <Group gap={6}>
            {m.field ? (
              <Badge variant="light" color="grape" size="sm" tt="none">
                {m.field}
              </Badge>
            ) : null}
            {m.movementName ? (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {m.movementName}
              </Text>
            ) : null}
          </Group>
        ) : null}
        <Group gap={10}>
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={14} aria-hidden />
            <Text size="xs">{t.sinceDate(formatDate(m.stageOn))}</Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconPaperclip size={14} aria-hidden />
            <Text size="xs">{t.evidenceCount(m.evidenceCount)}</Text>
          </Group>
        </Group>
        {m.readOnly ? (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconLock size={14} aria-hidden />
            <Text size="xs">{t.readOnlyBadge}</Text>
          </Group>
        ) : (
          <Group justify="flex-end">
            <MoveStageMenu model={m} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
