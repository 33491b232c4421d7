import { SimpleGrid, Stack } from '@mantine/core';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import { AwardsByYearChart } from './AwardsByYearChart';
import { DirectShareChart } from './DirectShareChart';
import { ModelsByStageChart } from './ModelsByStageChart';
import { ReportStatusChart } from './ReportStatusChart';

/**
 * The four charts of a range: the awards per year across the width (it has a legend of every
 * catalogue entry), the other three side by side under it (one by one on a narrow window).
 */
export function ChartsRow({ charts }: { charts: StatisticsCharts }) {
  return (
    <Stack gap="md">
      <AwardsByYearChart data={charts.awardsByYear} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <DirectShareChart data={charts.directShareByYear} />
        <ModelsByStageChart data={charts.modelsByStage} />
        <ReportStatusChart data={charts.reportStatus} />
      </SimpleGrid>
    </Stack>
  );
}
