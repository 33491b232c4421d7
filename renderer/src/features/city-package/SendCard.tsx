import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconJson } from '@tabler/icons-react';
import { SectionCard } from '../../components/SectionCard';
import { RequiredYearSelect } from '../../components/YearSelect';
import { SaveStatus } from '../transfer/SaveStatus';
import { useCityPackage } from './store';
import { cityPackageTexts as t } from './texts';

/** (a) Gửi thành phố: the ward's package of a year, as Excel for people and its JSON twin for software. */
export function SendCard({ years }: { years: readonly number[] }) {
  const year = useCityPackage((s) => s.sendYear);
  const setYear = useCityPackage((s) => s.setSendYear);
  const exports = useCityPackage((s) => s.exports);
  const exportFile = useCityPackage((s) => s.exportFile);
  return (
    <SectionCard title={t.sendTitle}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t.sendLead}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <RequiredYearSelect label={t.year} years={years} value={year} onChange={(y) => setYear(y)} />
          <Button
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            loading={exports.xlsx.status === 'saving'}
            onClick={() => void exportFile('xlsx')}
          >
            {t.exportXlsx}
          </Button>
          <Button
            variant="default"
            leftSection={<IconJson size={18} aria-hidden />}
            loading={exports.json.status === 'saving'}
            onClick={() => void exportFile('json')}
          >
            {t.exportJson}
          </Button>
        </Group>
        <SaveStatus state={exports.xlsx} savingLabel={t.exportingXlsx} />
        <SaveStatus state={exports.json} savingLabel={t.exportingJson} />
      </Stack>
    </SectionCard>
  );
}
