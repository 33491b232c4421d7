import { Button, Group, Stack, Tooltip } from '@mantine/core';
import { IconInbox, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { UnitReportRow, UnitReportsOverview } from '../../../../shared/schemas/reports';
import { ListBody } from '../../components/ListBody';
import { SearchInput } from '../../components/SearchInput';
import { RequiredYearSelect, yearRange } from '../../components/YearSelect';
import { usePdfDelivery } from '../../components/usePdfDelivery';
import { DeadlineText } from '../../components/DeadlineText';
import { CountFilters } from './CountFilters';
import { searchTextOf, visibleRows } from './filters';
import { RecordDialog } from './RecordDialog';
import { RecordManyDialog } from './RecordManyDialog';
import { PreviewModal } from '../certificates/PreviewModal';
import { useUnitReports } from './store';
import { UnitReportsTable } from './UnitReportsTable';
import { unitReportsTexts as t } from './texts';

/** Reports of ten years back can still be recorded or corrected. */
const YEARS_BACK = 10;

/**
 * Báo cáo của đơn vị: the units that must report in a year (and those that reported anyway), when
 * each report came, on time or late against the deadline, its file; the chase list of the missing.
 */
export function UnitReportsTab() {
  const year = useUnitReports((s) => s.year);
  const overview = useUnitReports((s) => s.overview);
  const status = useUnitReports((s) => s.status);
  const error = useUnitReports((s) => s.error);
  const filter = useUnitReports((s) => s.filter);
  const search = useUnitReports((s) => s.search);
  const load = useUnitReports((s) => s.load);
  const selected = useUnitReports((s) => s.selected);
  const [recording, setRecording] = useState<UnitReportRow | null>(null);
  const [recordingMany, setRecordingMany] = useState(false);

  // Read again on every visit: reports may have been recorded or the deadline changed meanwhile.
  useEffect(() => {
    void load();
  }, [load]);

  const searchable = useMemo(
    () => (overview?.rows ?? []).map((row) => ({ row, folded: searchTextOf(row) })),
    [overview],
  );
  const rows = useMemo(() => visibleRows(searchable, filter, search), [searchable, filter, search]);
  // The ticked units still without a report (one recorded meanwhile through its own dialog drops out).
  const chosen = useMemo(() => {
    const ticked = new Set(selected);
    return (overview?.rows ?? []).filter((r) => r.report === null && ticked.has(r.unitId));
  }, [overview, selected]);
  const thisYear = new Date().getFullYear();
  const filtered = filter !== null || search !== '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <RequiredYearSelect
            label={t.year}
            years={yearRange(Math.max(thisYear, year), Math.min(thisYear - YEARS_BACK, year))}
            value={year}
            onChange={(next) => useUnitReports.getState().setYear(next)}
          />
          {overview ? (
            <DeadlineText
              label={t.deadlineLabel}
              deadline={overview.deadline}
              year={overview.year}
              owed={overview.counts.pending + overview.counts.missing > 0}
              hint={t.deadlineHint}
              testId="unit-reports-deadline"
            />
          ) : null}
        </Group>
        {overview ? (
          <Group gap="sm">
            {chosen.length > 0 ? (
              <Button
                leftSection={<IconInbox size={16} aria-hidden />}
                onClick={() => setRecordingMany(true)}
              >
                {t.recordSelected(chosen.length)}
              </Button>
            ) : null}
            <ChaseButton overview={overview} />
          </Group>
        ) : null}
      </Group>
      {overview ? (
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <CountFilters
            counts={overview.counts}
            value={filter}
            onChange={(next) => useUnitReports.getState().setFilter(next)}
          />
          <SearchInput
            aria-label={t.search}
            placeholder={t.search}
            initialValue={search}
            onSearch={(next) => useUnitReports.getState().setSearch(next)}
            clearLabel={t.clearSearch}
            w={280}
          />
        </Group>
      ) : null}
      <ListBody
        status={status}
        error={error}
        count={rows.length}
        texts={t}
        onRetry={() => void load()}
        empty={filtered ? { title: t.emptyFiltered } : { title: t.empty(year), hint: t.emptyHint }}
        emptyPadding="md"
      >
        {overview ? (
          <UnitReportsTable
            rows={rows}
            year={year}
            deadline={overview.deadline}
            onRecord={setRecording}
            selected={selected}
            onSelect={(ids) => useUnitReports.getState().setSelected(ids)}
          />
        ) : null}
      </ListBody>
      {overview ? (
        <RecordDialog
          row={recording}
          year={year}
          deadline={overview.deadline}
          onClose={() => setRecording(null)}
        />
      ) : null}
      {overview ? (
        <RecordManyDialog
          opened={recordingMany && chosen.length > 0}
          units={chosen}
          year={year}
          deadline={overview.deadline}
          onClose={() => setRecordingMany(false)}
        />
      ) : null}
    </Stack>
  );
}

/** "In danh sách đơn vị chưa nộp": the chase list in the preview, then printed or saved; idle when none is missing. */
function ChaseButton({ overview }: { overview: UnitReportsOverview }) {
  const busy = useUnitReports((s) => s.busy);
  const preview = useUnitReports((s) => s.preview);
  const none = overview.counts.pending + overview.counts.missing === 0;
  const { chasePreview, chaseSave, closePreview } = useUnitReports.getState();
  const { making, show, save } = usePdfDelivery({
    preview: chasePreview,
    deliver: chaseSave,
    closePreview,
    failedTitle: t.pdfFailedTitle,
    saved: t.chaseSaved,
  });

  return (
    <>
      <Tooltip label={t.chaseNone} disabled={!none}>
        {/* A disabled button gets no pointer events, so the tooltip listens on data-disabled instead. */}
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          data-disabled={none || undefined}
          aria-disabled={none || undefined}
          loading={making}
          onClick={(e) => (none ? e.preventDefault() : void show())}
        >
          {t.chase}
        </Button>
      </Tooltip>
      <PreviewModal
        file={preview}
        busy={busy}
        error={null}
        onSave={() => void save('save')}
        onOpen={() => void save('open')}
        onClose={closePreview}
      />
    </>
  );
}
