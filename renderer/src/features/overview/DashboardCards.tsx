import type { MouseEvent, ReactNode } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { Dashboard } from '../../../../shared/api/dashboard';
import { EXEMPLAR_STAGES, EXEMPLAR_STAGE_LABELS } from '../../../../shared/domain/exemplars';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { daysBetween } from '../../../../shared/rules/deadlines';
import { formatMoney, formatNumberVi } from '../../../../shared/rules/money';
import { hashOf, type AreaId } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { MOVEMENT_TAB_SLUGS } from '../movements/routes';
import { REPORT_TAB_SLUGS } from '../reports/routes';
import { overviewTexts as t } from './texts';

interface Target {
  area: AreaId;
  subpath: string[];
}

// The movements area has no status filter in its address (yet), so the card opens the list itself.
const TARGETS = {
  movements: { area: 'movements', subpath: [MOVEMENT_TAB_SLUGS.list] },
  registrations: { area: 'movements', subpath: [MOVEMENT_TAB_SLUGS.registrations] },
  exemplars: { area: 'exemplars', subpath: [] },
  decisions: { area: 'awards', subpath: ['quyet-dinh'] },
  unitReports: { area: 'reports', subpath: [REPORT_TAB_SLUGS.unitReports] },
  settings: { area: 'settings', subpath: [] },
} satisfies Record<string, Target>;

/** The row of "what matters now" cards above the stored counts; each opens the list it counts. */
export function DashboardCards({ dashboard: d }: { dashboard: Dashboard }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md">
        <LinkCard label={t.movementsInProgress} target={TARGETS.movements} testId="dash-movements">
          <Big>{formatNumberVi(d.movementsInProgress)}</Big>
        </LinkCard>

        <LinkCard
          label={t.unitsNotRegistered(d.year)}
          target={TARGETS.registrations}
          testId="dash-registrations"
        >
          <Big>{formatNumberVi(d.unitsNotRegistered)}</Big>
          <Text size="sm" c="dimmed">
            {d.unitsNotRegistered === 0 && d.unitsExpected > 0 ? t.allRegistered : t.unitsOf(d.unitsExpected)}
          </Text>
        </LinkCard>

        <UnitReportsCard dashboard={d} />

        <Paper withBorder p="md" data-testid="dash-deadlines">
          <Stack gap={6}>
            <Text fw={600}>{t.deadlines}</Text>
            {d.deadlines.map((deadline) => (
              <Group key={deadline.kind} justify="space-between" gap={4} wrap="wrap">
                <Text size="sm">
                  {t.deadlineKinds[deadline.kind]}: <b>{formatDate(deadline.date)}</b>
                </Text>
                <Text
                  size="sm"
                  fw={600}
                  c={deadline.daysLeft < 0 ? 'red' : deadline.daysLeft <= 7 ? 'orange.8' : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid={`dash-deadline-${deadline.kind}`}
                >
                  {t.daysLeft(deadline.daysLeft)}
                </Text>
              </Group>
            ))}
            <Anchor size="sm" href={hashOf(TARGETS.settings.area)} onClick={follow(TARGETS.settings)}>
              {t.deadlinesHint}
            </Anchor>
          </Stack>
        </Paper>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LinkCard label={t.models} target={TARGETS.exemplars} testId="dash-models">
          <SimpleGrid cols={4} spacing="xs" component="dl" m={0}>
            {EXEMPLAR_STAGES.map((stage) => (
              <div key={stage} data-testid={`dash-stage-${stage}`}>
                <Text component="dt" size="xs" c="dimmed">
                  {EXEMPLAR_STAGE_LABELS[stage]}
                </Text>
                <Text component="dd" m={0} fz={22} fw={600} lh={1.3}>
                  {formatNumberVi(d.modelsByStage[stage])}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </LinkCard>

        <LinkCard label={t.awards(d.year)} target={TARGETS.decisions} testId="dash-awards">
          <Group gap="xl" align="flex-end">
            <Figure value={formatNumberVi(d.decisionsThisYear.signed)} label={t.decisionsSigned} />
            <Figure value={formatNumberVi(d.awardsThisYear)} label={t.awardLines} />
            <Figure value={formatMoney(d.moneyThisYear)} label={t.money} />
          </Group>
          {d.decisionsThisYear.draft > 0 && (
            <Text size="sm" c="dimmed">
              {t.decisionsDraft(d.decisionsThisYear.draft)}
            </Text>
          )}
        </LinkCard>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Days to the units' deadline: the main process's count when the card's deadline is the one listed
 * (same clock as the rest of the dashboard), otherwise counted from today here.
 */
function daysToDeadline(d: Dashboard): number {
  const listed = d.deadlines.find((x) => x.kind === 'unit' && x.date === d.unitReports.deadline);
  return listed?.daysLeft ?? daysBetween(todayIso(new Date()), d.unitReports.deadline);
}

/** How many units reported for the year (late ones among them), how many not yet, the deadline. */
function UnitReportsCard({ dashboard: d }: { dashboard: Dashboard }) {
  const r = d.unitReports;
  const days = daysToDeadline(d);
  const tone: Tone = r.notReceived === 0 ? 'normal' : days < 0 ? 'overdue' : days <= 14 ? 'soon' : 'normal';
  const toneColor = tone === 'overdue' ? 'red.8' : tone === 'soon' ? 'orange.9' : undefined;
  return (
    <LinkCard
      label={t.unitReports(r.year)}
      target={TARGETS.unitReports}
      testId="dash-unit-reports"
      tone={tone}
    >
      <Text fw={600} data-testid="dash-unit-reports-received">
        {t.unitReportsReceived(r.received, r.expected, r.late)}
      </Text>
      <Text
        size="sm"
        c={toneColor}
        fw={r.notReceived > 0 ? 600 : undefined}
        data-testid="dash-unit-reports-missing"
      >
        {r.expected === 0
          ? t.unitReportsNoneExpected
          : r.notReceived === 0
            ? t.unitReportsAllIn
            : t.unitReportsMissing(r.notReceived)}
      </Text>
      <Text size="sm" c={toneColor ?? 'dimmed'} data-testid="dash-unit-reports-deadline">
        {t.unitReportsDeadline(formatDate(r.deadline), days)}
      </Text>
    </LinkCard>
  );
}

/** Follows an in-app link through the navigation store (the href stays for open-in-place and screen readers). */
function follow(target: Target) {
  return (e: MouseEvent) => {
    e.preventDefault();
    useNavigation.getState().go(target.area, ...target.subpath);
  };
}

/** A card that needs attention: orange when something is due soon, red once it is overdue. */
type Tone = 'normal' | 'soon' | 'overdue';

const TONE_STYLES: Record<Tone, { borderColor?: string; backgroundColor?: string }> = {
  normal: {},
  soon: { borderColor: 'var(--mantine-color-orange-5)', backgroundColor: 'var(--mantine-color-orange-0)' },
  overdue: { borderColor: 'var(--mantine-color-red-6)', backgroundColor: 'var(--mantine-color-red-0)' },
};

function LinkCard(props: {
  label: string;
  target: Target;
  testId: string;
  tone?: Tone;
  children: ReactNode;
}) {
  const { label, target, testId, tone = 'normal', children } = props;
  return (
    <Paper
      withBorder
      p="md"
      component="a"
      href={hashOf(target.area, ...target.subpath)}
      onClick={follow(target)}
      data-testid={testId}
      data-tone={tone}
      style={{ textDecoration: 'none', color: 'inherit', display: 'block', ...TONE_STYLES[tone] }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600}>{label}</Text>
          <IconArrowRight
            size={18}
            aria-hidden
            color="var(--mantine-color-blue-6)"
            style={{ flexShrink: 0 }}
          />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function Big({ children }: { children: ReactNode }) {
  return (
    <Text fz={32} fw={700} lh={1.2} c="blue.8" data-figure>
      {children}
    </Text>
  );
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div>
      <Text fz={22} fw={600} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}
