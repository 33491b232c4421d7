import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SectionCard } from '../../components/SectionCard';
import { AwardHistoryTable } from './AwardHistoryTable';
import { historyKey, useAwardHistory } from './store';
import { awardHistoryTexts as t } from './texts';

/**
 * "Khen thưởng" on a person's, unit's or household's page: every award from signed decisions,
 * newest first, each linking to its decision; lines of cancelled decisions below, marked "Đã hủy".
 */
export function AwardHistorySection({ kind, id }: { kind: RecipientKind; id: number }) {
  const entry = useAwardHistory((s) => s.entries[historyKey(kind, id)]);
  const load = useAwardHistory((s) => s.load);

  useEffect(() => {
    void load(kind, id);
  }, [kind, id, load]);

  return (
    <SectionCard title={t.sectionTitle}>
      {!entry || (entry.status === 'loading' && !entry.data) ? (
        <Loading label={t.loading} />
      ) : entry.status === 'error' ? (
        <LoadError
          title={t.loadFailed}
          message={entry.error ?? ''}
          retryLabel={t.retry}
          onRetry={() => void load(kind, id)}
        />
      ) : entry.data && (entry.data.awards.length > 0 || entry.data.cancelled.length > 0) ? (
        <Stack gap="md">
          {entry.data.awards.length > 0 ? (
            <>
              <Text size="sm" c="dimmed">
                {t.count(entry.data.awards.length)}
              </Text>
              <AwardHistoryTable rows={entry.data.awards} label={t.tableLabel} />
            </>
          ) : (
            <Text c="dimmed">{t.empty}</Text>
          )}
          {entry.data.cancelled.length > 0 ? (
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t.cancelledTitle}
              </Title>
              <Text size="sm" c="dimmed">
                {t.cancelledLead}
              </Text>
              <AwardHistoryTable rows={entry.data.cancelled} label={t.cancelledTitle} cancelled />
            </Stack>
          ) : null}
        </Stack>
      ) : (
        <Text c="dimmed">{t.empty}</Text>
      )}
    </SectionCard>
  );
}
