import { List, Stack, Text } from '@mantine/core';
import { formatStamp } from '../../components/formatStamp';
import { SectionCard } from '../../components/SectionCard';
import { useDecisionPage } from './decisionStore';
import { decisionsTexts as t } from './texts';

/** Lịch sử đính chính: who, when, why, and each field before → after. */
export function CorrectionsList() {
  const corrections = useDecisionPage((s) => s.corrections);
  return (
    <SectionCard title={t.correctionsSection}>
      {corrections.length === 0 ? (
        <Text c="dimmed">{t.noCorrections}</Text>
      ) : (
        <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {corrections.map((c) => (
            <Stack key={c.id} gap={4} component="li">
              <Text fw={500}>{t.correctionBy(formatStamp(c.at), c.actor)}</Text>
              <Text size="sm">{t.correctionReason(c.reason)}</Text>
              {c.changes.length > 0 ? (
                <List size="sm" withPadding>
                  {c.changes.map((ch, i) => (
                    <List.Item key={i}>{t.changeLine(ch.field, ch.before, ch.after)}</List.Item>
                  ))}
                </List>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
