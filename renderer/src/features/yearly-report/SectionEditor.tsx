import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { GENERATED_SECTIONS, sectionTitle, type SummarySectionKey } from '../../../../shared/domain/reports';
import { useYearlyReport } from './store';
import { yearlyReportTexts as t } from './texts';

const GENERATED: readonly SummarySectionKey[] = GENERATED_SECTIONS;

/**
 * One section of the summary: its heading as printed (numbered inside its part; none when the part's
 * heading is the section's, as for the plans), the app's paragraph of figures (read-only, for the
 * movements, models and awards sections) and the officer's text, which grows as it is typed.
 */
export function SectionEditor({
  sectionKey,
  number,
  readOnly,
}: {
  sectionKey: SummarySectionKey;
  /** 1, 2, 3… inside a numbered part; null for the plans, whose part heading names them. */
  number: number | null;
  readOnly: boolean;
}) {
  const year = useYearlyReport((s) => s.year);
  const text = useYearlyReport((s) => s.draft?.sections[sectionKey] ?? '');
  const generated = useYearlyReport((s) => s.report?.generated[sectionKey]);
  const error = useYearlyReport((s) => s.errors[`sections.${sectionKey}`]);
  const title = sectionTitle(sectionKey, year);
  const withFigures = GENERATED.includes(sectionKey);
  const headingId = `summary-section-${sectionKey}`;

  return (
    <Stack
      gap="xs"
      component="section"
      aria-label={number === null ? title : undefined}
      aria-labelledby={number === null ? undefined : headingId}
    >
      {number === null ? null : (
        <Title order={4} size="h5" id={headingId}>
          {number}. {title}
        </Title>
      )}
      {withFigures ? (
        <Paper bg="gray.1" p="sm" radius="sm" data-testid={`generated-${sectionKey}`}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={500} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <IconCalculator size={14} aria-hidden />
              {t.generatedCaption}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {generated?.trim() ? generated : t.generatedEmpty}
            </Text>
          </Stack>
        </Paper>
      ) : null}
      <Textarea
        label={withFigures ? t.typedLabel : undefined}
        aria-label={withFigures ? undefined : title}
        placeholder={readOnly ? undefined : t.typedPlaceholder}
        autosize
        minRows={3}
        maxRows={24}
        readOnly={readOnly}
        value={text}
        error={error}
        onChange={(e) => useYearlyReport.getState().editSection(sectionKey, e.currentTarget.value)}
      />
    </Stack>
  );
}
