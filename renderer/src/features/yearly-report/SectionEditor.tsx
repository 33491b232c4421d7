import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { GENERATED_SECTIONS, type SummarySectionKey } from '../../../../shared/domain/reports';
import { sectionTitle } from './draft';
import { useYearlyReport } from './store';
import { yearlyReportTexts as t } from './texts';

const GENERATED: readonly SummarySectionKey[] = GENERATED_SECTIONS;

/**
 * One section of the summary: its heading as printed, the app's paragraph of figures (read-only,
 * for the movements, models and awards sections) and the officer's text, which grows as it is typed.
 */
export function SectionEditor({
  sectionKey,
  index,
  readOnly,
}: {
  sectionKey: SummarySectionKey;
  index: number;
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
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {index + 1}. {title}
      </Title>
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
