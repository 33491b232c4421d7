import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect } from 'react';
import { LoadError } from '../../components/LoadError';
import { useUnitOptions } from '../../components/unitOptions';
import { SaveStatus } from '../transfer/SaveStatus';
import { AwardLookupFilters } from './AwardLookupFilters';
import { AwardLookupTable } from './AwardLookupTable';
import { useAwardLookup } from './lookupStore';
import { awardHistoryTexts as t } from './texts';

// The table fills the window below the filters and scrolls inside itself.
const TABLE_HEIGHT = 'max(320px, calc(100dvh - 470px))';

/** Tra cứu (`#/khen-thuong/tra-cuu`): who was awarded what in a year or a range of years. */
export function AwardLookupPanel() {
  const openList = useAwardLookup((s) => s.openList);
  const loadCatalogue = useAwardLookup((s) => s.loadCatalogue);
  const reload = useAwardLookup((s) => s.reload);
  const total = useAwardLookup((s) => s.total);
  const totalAmount = useAwardLookup((s) => s.totalAmount);
  const status = useAwardLookup((s) => s.listStatus);
  const error = useAwardLookup((s) => s.listError);
  const exportState = useAwardLookup((s) => s.exportState);
  const exportExcel = useAwardLookup((s) => s.exportExcel);
  const loadUnits = useUnitOptions((s) => s.load);

  useEffect(() => {
    openList();
    void loadCatalogue();
    void loadUnits();
  }, [openList, loadCatalogue, loadUnits]);

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t.lookupLead}
      </Text>
      <AwardLookupFilters />
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Text fw={600} role="status" aria-live="polite">
          {total !== null && totalAmount !== null ? t.totals(total, totalAmount) : ''}
        </Text>
        <Group gap="sm">
          <SaveStatus state={exportState} savingLabel={t.exporting} />
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            loading={exportState.status === 'saving'}
            disabled={!total}
            onClick={() => void exportExcel()}
          >
            {t.exportExcel}
          </Button>
        </Group>
      </Group>
      {status === 'error' ? (
        <LoadError title={t.searchFailed} message={error ?? ''} retryLabel={t.retry} onRetry={reload} />
      ) : total === 0 ? (
        <Alert variant="light" color="gray">
          {t.noResults}
        </Alert>
      ) : (
        <AwardLookupTable height={TABLE_HEIGHT} />
      )}
    </Stack>
  );
}
