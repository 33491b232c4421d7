import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { EXEMPLAR_STAGES, EXEMPLAR_STAGE_LABELS } from '../../../../shared/domain/exemplars';
import { formatDate } from '../../../../shared/rules/dates';
import type { ExemplarSummary } from '../../../../shared/schemas/exemplars';
import { hashOf } from '../../app/areas';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Loading } from '../../components/Loading';
import { exemplarsTexts as t } from './texts';

/**
 * The exemplary models of one movement, grouped by stage, each a link to its page. Read directly (not
 * through the board's store) so that the board's filters stay as the user left them. `readOnly` (a
 * closed movement) changes nothing here: the list never edits, and each model page says it is read-only.
 */
export function MovementModels({ movementId }: { movementId: number; readOnly: boolean }) {
  const [rows, setRows] = useState<ExemplarSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('exemplars.list', { movementId })
      .then((r) => current && setRows(r))
      .catch((e: unknown) => current && setError(messageOf(e)));
    return () => {
      current = false;
    };
  }, [movementId]);

  if (error) return <Text c="red">{error}</Text>;
  if (rows === null) return <Loading label={t.loading} />;
  if (rows.length === 0) return <Text c="dimmed">{t.movementModelsEmpty}</Text>;

  return (
    <Stack gap="sm" aria-label={t.movementModelsLabel}>
      {EXEMPLAR_STAGES.map((stage) => {
        const models = rows.filter((r) => r.stage === stage);
        if (models.length === 0) return null;
        return (
          <Stack key={stage} gap={4}>
            <Group gap={6}>
              <Text fw={600} size="sm">
                {EXEMPLAR_STAGE_LABELS[stage]}
              </Text>
              <Badge size="sm" variant="light">
                {models.length}
              </Badge>
            </Group>
            <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, paddingLeft: 8 }}>
              {models.map((m) => (
                <li key={m.id}>
                  <Anchor href={hashOf('exemplars', m.id)} size="sm">
                    {m.title}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {m.subjectName} · {formatDate(m.stageOn)}
                  </Text>
                </li>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
