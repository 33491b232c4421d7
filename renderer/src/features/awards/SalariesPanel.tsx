import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney, parseMoneyInput } from '../../../../shared/rules/money';
import { baseSalaryInputSchema } from '../../../../shared/schemas/catalogue';
import { DateField } from '../../components/DateField';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useCatalogue } from './store';
import { awardsTexts as t } from './texts';
import { showFieldErrors } from '../../components/formErrors';

interface SalaryFormValues {
  effectiveFrom: string | null;
  /** As typed: "2.530.000". */
  amount: string;
  note: string;
}

const schemaCheck = schemaResolver(baseSalaryInputSchema, { sync: true });
/** The typed amount is read as whole đồng first, then the contract's schema checks the rest. */
function validate(values: SalaryFormValues): Record<string, string> {
  const amount = parseMoneyInput(values.amount);
  const errors: Record<string, string> = schemaCheck({ ...values, amount: amount ?? 0 }) as Record<
    string,
    string
  >;
  if (amount === null) errors.amount = t.amountInvalid;
  return errors;
}

/** Mức lương cơ sở: the table of amounts by effective date; add a row, delete an unused one. */
export function SalariesPanel() {
  const status = useCatalogue((s) => s.status);
  const error = useCatalogue((s) => s.error);
  const salaries = useCatalogue((s) => s.salaries);
  const load = useCatalogue((s) => s.load);
  const addSalary = useCatalogue((s) => s.addSalary);
  const removeSalary = useCatalogue((s) => s.removeSalary);
  const busy = useCatalogue((s) => s.busy);
  const form = useForm<SalaryFormValues>({
    initialValues: { effectiveFrom: null, amount: '', note: '' },
    validate,
  });

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'error' && error)
    return (
      <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
    );
  if (status !== 'ready' && salaries.length === 0) return <Loading label={t.loading} />;

  const submit = async (values: SalaryFormValues) => {
    const amount = parseMoneyInput(values.amount)!;
    const result = await addSalary({ effectiveFrom: values.effectiveFrom ?? '', amount, note: values.note });
    if (result.ok) {
      notifyDone(t.salaryAdded(formatMoney(result.value.amount), formatDate(result.value.effectiveFrom)));
      form.reset();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };
  const remove = async (id: number, date: string) => {
    const result = await removeSalary(id);
    if (result.ok) notifyDone(t.salaryDeleted(date));
    else notifyFailed(t.deleteFailedTitle, result.message);
  };

  return (
    <Stack gap="md" maw={760}>
      <Text c="dimmed">{t.salariesLead}</Text>
      {salaries.length === 0 ? (
        <Text c="dimmed">{t.salaryEmpty}</Text>
      ) : (
        <Table aria-label={t.salariesLabel} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colEffectiveFrom}</Table.Th>
              <Table.Th ta="right">{t.colAmount}</Table.Th>
              <Table.Th>{t.colNote}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {salaries.map((s) => {
              const date = formatDate(s.effectiveFrom);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>{date}</Table.Td>
                  <Table.Td ta="right">{formatMoney(s.amount)}</Table.Td>
                  <Table.Td>{s.note}</Table.Td>
                  <Table.Td>{s.usageCount > 0 ? t.used(s.usageCount) : null}</Table.Td>
                  <Table.Td>
                    {s.usageCount === 0 ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t.salaryDeleteOf(date)}
                        disabled={busy}
                        onClick={() => void remove(s.id, date)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Paper withBorder p="md" component="form" onSubmit={form.onSubmit(submit)} noValidate>
        <Group align="flex-start" gap="md">
          <DateField label={t.effectiveFrom} withAsterisk w={180} {...form.getInputProps('effectiveFrom')} />
          <TextInput
            label={t.amount}
            withAsterisk
            w={200}
            placeholder="2.530.000"
            {...form.getInputProps('amount')}
          />
          <TextInput label={t.colNote} w={220} {...form.getInputProps('note')} />
          <Button type="submit" mt={25} loading={busy} leftSection={<IconPlus size={18} aria-hidden />}>
            {t.addSalary}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
