import { Button, Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { Registration } from '../../../../shared/schemas/registrations';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RegistrantPicker, type Picked } from './RegistrantPicker';
import { titleOptions, useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/**
 * A new registration (who, titles, commitments) for the list's scope, or the titles and
 * commitments of an existing one (who and for what do not change: delete and register again).
 */
export function RegistrationForm({
  registration,
  onDone,
}: {
  registration: Registration | null;
  onDone(): void;
}) {
  const scope = useRegistrations((s) => s.scope);
  const titles = useRegistrations((s) => s.titles);
  const busy = useRegistrations((s) => s.busy);
  const create = useRegistrations((s) => s.create);
  const update = useRegistrations((s) => s.update);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [kind, setKind] = useState<RecipientKind>(registration?.registrantKind ?? 'collective');
  const [chosen, setChosen] = useState<string[]>(registration?.titles.map((x) => String(x.id)) ?? []);
  const [commitments, setCommitments] = useState(registration?.commitments ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const options = titleOptions(titles, kind);
  // A title no longer offered (retired) stays visible on the registration being edited.
  for (const x of registration?.titles ?? [])
    if (!options.some((o) => o.value === String(x.id))) options.push({ value: String(x.id), label: x.name });

  const save = async () => {
    if (registration === null && picked === null) return setErrors({ registrant: t.registrantRequired });
    const ids = chosen.map(Number);
    const result =
      registration === null
        ? await create({ registrant: { kind: picked!.kind, id: picked!.id }, titles: ids, commitments })
        : await update(registration.id, ids, commitments);
    if (!result.ok) {
      setErrors(result.fields);
      return notifyFailed(t.actionFailedTitle, result.message);
    }
    notifyDone(registration === null ? t.created(result.value.registrantName) : t.saved);
    onDone();
  };

  const scopeLabel =
    scope.movementName === null ? t.scopeYear(scope.year) : t.scopeMovement(scope.movementName, scope.year);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.formScope(scopeLabel)}
      </Text>
      {registration === null ? (
        <RegistrantPicker
          value={picked}
          error={errors.registrant ?? errors['registrant.id'] ?? null}
          onChange={(next, nextKind) => {
            setPicked(next);
            setErrors({});
            if (nextKind !== kind) {
              setKind(nextKind);
              setChosen((c) => c.filter((id) => titleOptions(titles, nextKind).some((o) => o.value === id)));
            }
          }}
        />
      ) : null}
      <MultiSelect
        label={t.titles}
        searchable
        filter={foldedOptionsFilter}
        description={t.titlesHint}
        withAsterisk
        data={options}
        value={chosen}
        nothingFoundMessage={t.titlesNone}
        error={errors.titles}
        onChange={(v) => {
          setChosen(v);
          setErrors((e) => ({ ...e, titles: '' }));
        }}
      />
      <Textarea
        label={t.commitments}
        description={t.commitmentsHint}
        rows={3}
        value={commitments}
        error={errors.commitments}
        onChange={(e) => setCommitments(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t.cancel}
        </Button>
        <Button loading={busy} onClick={() => void save()}>
          {t.save}
        </Button>
      </Group>
    </Stack>
  );
}
