import { Alert, List, Paper, Stack, Text } from '@mantine/core';
import { IconHourglassEmpty } from '@tabler/icons-react';
import { Page } from './Page';
import { notAvailableTexts as t } from '../app/texts';

interface NotAvailablePageProps {
  title: string;
  /** What the area will hold, one sentence each. */
  planned: string[];
}

/** The honest page of an area not built yet: no sample data, no buttons that do nothing. */
export function NotAvailablePage({ title, planned }: NotAvailablePageProps) {
  return (
    <Page title={title}>
      <Alert variant="light" color="gray" icon={<IconHourglassEmpty aria-hidden />} maw={720}>
        <Text fw={500}>{t.notInThisVersion}</Text>
      </Alert>
      {planned.length > 0 ? (
        <Paper withBorder p="md" maw={720}>
          <Stack gap="xs">
            <Text>{t.willHold}</Text>
            <List spacing="xs">
              {planned.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      ) : null}
    </Page>
  );
}
