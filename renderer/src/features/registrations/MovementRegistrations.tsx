import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../../lib/api';
import { SectionCard } from '../../components/SectionCard';
import { RegistrationsView } from './RegistrationsView';
import { createRegistrationsStore, RegistrationsContext, useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

/** The movement's years, when it spans more than one (a 2026-2030 movement is registered for yearly). */
function YearControl({ years }: { years: number[] }) {
  const year = useRegistrations((s) => s.scope.year);
  const setScope = useRegistrations((s) => s.setScope);
  if (years.length < 2) return null;
  return (
    <Select
      label={t.year}
      data={years.map(String)}
      w={110}
      allowDeselect={false}
      value={String(year)}
      onChange={(v) => v && setScope({ year: Number(v) })}
    />
  );
}

const clamp = (year: number, from: number, to: number) => Math.min(Math.max(year, from), to);

/**
 * The registrations of one movement, for its current year (this year within its period), and the
 * participating units that have not registered. readOnly (a closed movement) hides every write.
 */
export function MovementRegistrations({ movementId, readOnly }: { movementId: number; readOnly: boolean }) {
  const thisYear = new Date().getFullYear();
  const [store] = useState(() =>
    createRegistrationsStore({ year: thisYear, movementId, movementName: null, readOnly }),
  );
  const [years, setYears] = useState<number[]>([]);

  useEffect(() => {
    store.getState().setScope({ movementId, readOnly });
  }, [store, movementId, readOnly]);

  useEffect(() => {
    let current = true;
    call('movements.get', { id: movementId })
      .then((m) => {
        if (!current) return;
        const span = Array.from(
          { length: m.periodToYear - m.periodFromYear + 1 },
          (_, i) => m.periodFromYear + i,
        );
        setYears(span);
        store.getState().setScope({
          movementName: m.name,
          year: clamp(thisYear, m.periodFromYear, m.periodToYear),
        });
      })
      // The list still works by id; only the form's caption lacks the movement's name.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [store, movementId, thisYear]);

  return (
    <RegistrationsContext.Provider value={store}>
      <SectionCard title={t.sectionTitle}>
        <RegistrationsView controls={<YearControl years={years} />} maxTableHeight={640} />
      </SectionCard>
    </RegistrationsContext.Provider>
  );
}
