import { Stack } from '@mantine/core';
import { yearRange } from '../../components/YearSelect';
import { SendCard } from './SendCard';
import { thisYear } from './store';
import { WardTotalsCard } from './WardTotalsCard';

const YEARS = yearRange(thisYear() + 1, 2000);

/** Gói báo cáo thành phố (`#/bao-cao/thanh-pho`): what the ward sends, and the city-level sum of wards. */
export function CityPackageTab() {
  return (
    <Stack gap="lg">
      <SendCard years={YEARS} />
      <WardTotalsCard years={YEARS} />
    </Stack>
  );
}
