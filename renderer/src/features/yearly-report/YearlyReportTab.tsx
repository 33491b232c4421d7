import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { SUMMARY_PARTS } from '../../../../shared/domain/reports';
import { formatDate } from '../../../../shared/rules/dates';
import { normalizeText } from '../../../../shared/rules/text';
import { DateField } from '../../components/DateField';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RequiredYearSelect, yearRange } from '../../components/YearSelect';
import { DeadlineText } from '../../components/DeadlineText';
import { isDirty } from './draft';
import { ReportActions } from './ReportActions';
import { SectionEditor } from './SectionEditor';
import { useYearlyReport } from './store';
import { UnsavedDialog } from './UnsavedDialog';
import { useLeaveGuard } from './useLeaveGuard';
import { yearlyReportTexts as t } from './texts';

const ROMAN = ['I', 'II', 'III'];

const YEARS_BACK = 10;

/**
 * Báo cáo tổng kết năm: the number and date of the ward's report, each section's paragraph of
 * figures and the officer's text, saved per year; PDF and Excel; marked sent (then read-only) or
 * reopened with a reason. Unsaved text is kept when leaving, and switching year or area asks first.
 */
export function YearlyReportTab() {
  const year = useYearlyReport((s) => s.year);
  const report = useYearlyReport((s) => s.report);
  const draft = useYearlyReport((s) => s.draft);
  const status = useYearlyReport((s) => s.status);
  const error = useYearlyReport((s) => s.error);
  const busy = useYearlyReport((s) => s.busy);
  const dirty = useYearlyReport((s) => isDirty(s.draft, s.report));
  const load = useYearlyReport((s) => s.load);
  const container = useRef<HTMLDivElement>(null);
  /** What waits on the unsaved-changes question (another year, another page). */
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const sent = report?.status === 'sent';
  const canSave = !sent && report !== null && (dirty || !report.saved);
  const save = async () => {
    const result = await useYearlyReport.getState().save();
    if (result.ok) notifyDone(t.saved(result.value.year));
    else notifyFailed(t.saveFailedTitle, result.message);
    return result.ok;
  };

  useHotkeys([['mod+S', () => canSave && !busy && void save()]], []);
  useLeaveGuard(dirty, container, (proceed) => setPending(() => proceed));

  const pickYear = (next: number) => {
    const go = () => useYearlyReport.getState().setYear(next);
    if (dirty) setPending(() => go);
    else go();
  };
  const thisYear = new Date().getFullYear();

  return (
    <Stack gap="md" ref={container}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="md" align="flex-end">
          <RequiredYearSelect
            label={t.year}
            years={yearRange(Math.max(thisYear, year), Math.min(thisYear - YEARS_BACK, year))}
            value={year}
            onChange={(next) => pickYear(next)}
          />
          {report ? (
            <Badge
              size="lg"
              variant="light"
              color={sent ? 'green' : 'blue'}
              tt="none"
              fw={500}
              mb={6}
              data-testid="yearly-report-status"
            >
              {sent && report.sentOn ? t.statusSent(formatDate(report.sentOn)) : t.statusDraft}
            </Badge>
          ) : null}
          {report && !sent ? (
            <DeadlineText
              label={t.deadlineLabel}
              deadline={report.deadline}
              year={report.year}
              owed
              hint={t.deadlineHint}
              testId="yearly-report-deadline"
            />
          ) : null}
        </Group>
        {report ? <ReportActions /> : null}
      </Group>

      {status === 'error' && error && !report ? (
        <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
      ) : !report || !draft ? (
        <Loading label={t.loading} />
      ) : (
        <>
          {sent && report.sentOn ? (
            <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
              {t.sentNote(formatDate(report.sentOn))}
            </Alert>
          ) : !report.saved ? (
            <Text size="sm" c="dimmed">
              {t.neverSaved}
            </Text>
          ) : null}
          <HeaderFields readOnly={sent} />
          <Paper withBorder p="lg">
            <Stack gap="lg">
              <Title order={2} size="h4">
                {t.sectionsTitle}
              </Title>
              {SUMMARY_PARTS.map((part, p) => (
                <Stack key={part.keys[0]} gap="lg">
                  <Title order={3} size="h5" tt="uppercase">
                    {ROMAN[p]}. {part.title(year)}
                  </Title>
                  {part.keys.map((key, i) => (
                    <SectionEditor
                      key={key}
                      sectionKey={key}
                      number={part.numbered ? i + 1 : null}
                      readOnly={sent}
                    />
                  ))}
                </Stack>
              ))}
            </Stack>
          </Paper>
          {sent ? null : (
            // Stays in view at the bottom of the window while the long text is edited.
            <Group
              justify="flex-end"
              gap="sm"
              p="sm"
              bg="gray.0"
              style={{
                position: 'sticky',
                bottom: 0,
                zIndex: 2,
                borderTop: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              {dirty ? (
                <Text size="sm" c="orange.8" role="status">
                  {t.unsaved}
                </Text>
              ) : null}
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                title={t.saveHint}
                loading={busy}
                disabled={!canSave}
                onClick={() => void save()}
              >
                {t.save}
              </Button>
            </Group>
          )}
        </>
      )}

      <UnsavedDialog
        opened={pending !== null}
        year={year}
        busy={busy}
        onStay={() => setPending(null)}
        onDiscard={() => {
          useYearlyReport.getState().discard();
          pending?.();
          setPending(null);
        }}
        onSave={async () => {
          const saved = await save();
          if (saved) pending?.();
          setPending(null);
        }}
      />
    </Stack>
  );
}

/** Số báo cáo (digits; shown as it prints, "Số: 12/BC-UBND") and Ngày báo cáo. */
function HeaderFields({ readOnly }: { readOnly: boolean }) {
  const number = useYearlyReport((s) => s.draft?.reportNumber ?? '');
  const date = useYearlyReport((s) => s.draft?.reportDate ?? null);
  const numberError = useYearlyReport((s) => s.errors.reportNumber);
  const dateError = useYearlyReport((s) => s.errors.reportDate);
  const edit = useYearlyReport((s) => s.edit);
  const shown = normalizeText(number);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} maw={620}>
      <TextInput
        label={t.numberLabel}
        placeholder={t.numberPlaceholder}
        inputMode="numeric"
        readOnly={readOnly}
        value={number}
        error={numberError}
        description={shown === '' ? t.numberEmpty : t.numberShown(shown)}
        onChange={(e) => edit({ reportNumber: e.currentTarget.value })}
      />
      <DateField
        label={t.dateLabel}
        readOnly={readOnly}
        value={date}
        error={dateError}
        onChange={(next) => edit({ reportDate: next })}
      />
    </SimpleGrid>
  );
}
