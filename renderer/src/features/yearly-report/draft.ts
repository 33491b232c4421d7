import { SUMMARY_SECTION_KEYS, type SummarySectionKey } from '../../../../shared/domain/reports';
import { normalizeMultiline } from '../../../../shared/rules/text';
import { yearlyReportSaveSchema, type YearlyReport } from '../../../../shared/schemas/reports';

/** What the officer edits of a year's summary, kept in the store until saved. */
export interface Draft {
  year: number;
  /** The digits of "Số: 12/BC-UBND" as typed ('' while not issued). */
  reportNumber: string;
  reportDate: string | null;
  sections: Record<SummarySectionKey, string>;
}

export function draftOf(report: YearlyReport): Draft {
  return {
    year: report.year,
    reportNumber: report.reportNumber ?? '',
    reportDate: report.reportDate,
    sections: { ...report.sections },
  };
}

/** True when the draft differs from what is stored (typing a letter and deleting it again is no change). */
export function isDirty(draft: Draft | null, report: YearlyReport | null): boolean {
  if (!draft || !report || draft.year !== report.year) return false;
  const stored = draftOf(report);
  return (
    draft.reportNumber !== stored.reportNumber ||
    draft.reportDate !== stored.reportDate ||
    SUMMARY_SECTION_KEYS.some((k) => draft.sections[k] !== stored.sections[k])
  );
}

/** The input of yearlyReport.save for the draft. */
export function saveInputOf(draft: Draft) {
  return {
    year: draft.year,
    reportNumber: draft.reportNumber,
    reportDate: draft.reportDate,
    sections: draft.sections,
  };
}

/**
 * The draft checked by the contract's own schema: per-field messages by dotted path ('reportNumber',
 * 'sections.plans'), empty when the main process would accept it.
 */
export function draftErrors(draft: Draft): Record<string, string> {
  const parsed = yearlyReportSaveSchema.safeParse(saveInputOf(draft));
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

/**
 * The sections with nothing typed, in print order; asked about, not refused, before the report is
 * marked sent (a section may rightly stay empty, or say enough with its paragraph of figures).
 */
export function emptySections(draft: Draft): SummarySectionKey[] {
  return SUMMARY_SECTION_KEYS.filter((k) => normalizeMultiline(draft.sections[k]) === '');
}
