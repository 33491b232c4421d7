import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { formatDate } from '../../../../shared/rules/dates';
import type { Proposal } from '../../../../shared/schemas/proposals';
import { hashOf } from '../../app/areas';
import { DetailList } from '../../components/DetailList';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { CandidatesSection } from './CandidatesSection';
import { ProposalActions } from './ProposalActions';
import { ProposalStatusBadge } from './StatusBadge';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

const back = (
  <Anchor href={hashOf('awards', 'de-nghi')} size="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden />
      {t.backToList}
    </Group>
  </Anchor>
);

const date = (iso: string | null) => (iso ? formatDate(iso) : null);

function Details({ proposal: p }: { proposal: Proposal }) {
  return (
    <DetailList
      emptyText={t.notGiven}
      items={[
        { label: t.detailDoc, value: t.docText(p.docNumber, date(p.docDate)) },
        { label: t.detailFrom, value: p.fromUnitName ?? t.office },
        { label: t.detailYear, value: String(p.year) },
        { label: t.detailReceived, value: date(p.receivedOn) },
        { label: t.detailReviewed, value: date(p.reviewedOn) },
        {
          label: t.detailDecisions,
          value:
            p.decisions.length === 0 ? null : (
              <Stack gap={2} component="span">
                {p.decisions.map((d) => (
                  <Anchor key={d.id} href={hashOf('awards', 'quyet-dinh', d.id)}>
                    {t.decisionLabel(d.numberText)}
                  </Anchor>
                ))}
              </Stack>
            ),
        },
        { label: t.detailNote, value: p.note },
      ]}
    />
  );
}

/** One proposal (`#/khen-thuong/de-nghi/<id>`): the tờ trình, its candidates, the review, the step to a decision. */
export function ProposalPage({ id }: { id: number }) {
  const detail = useProposals((s) => s.detail);
  const loadDetail = useProposals((s) => s.loadDetail);
  const loadCatalogue = useProposals((s) => s.loadCatalogue);

  useEffect(() => {
    void loadDetail(id);
    void loadCatalogue();
  }, [id, loadDetail, loadCatalogue]);

  const proposal = detail.id === id ? detail.proposal : null;
  if (!proposal) {
    const failed = detail.id === id && detail.status === 'error';
    return (
      <Stack gap="md">
        {back}
        {failed ? (
          <LoadError
            title={t.pageLoadFailed}
            message={detail.error ?? ''}
            retryLabel={t.retry}
            onRetry={() => void loadDetail(id)}
          />
        ) : (
          <Loading label={t.pageLoading} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        {back}
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="sm" align="center">
            <Title order={2} size="h3">
              {proposal.title}
            </Title>
            <ProposalStatusBadge status={proposal.status} />
          </Group>
          <ProposalActions proposal={proposal} />
        </Group>
      </Stack>
      <Paper withBorder p="lg">
        <Details proposal={proposal} />
      </Paper>
      <CandidatesSection proposal={proposal} candidates={detail.candidates} />
    </Stack>
  );
}
