import { Select } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MovementSummary } from '../../../../shared/schemas/movements';
import { call } from '../../lib/api';
import { RegistrationsView } from './RegistrationsView';
import { createRegistrationsStore, RegistrationsContext, useRegistrations } from './store';
import { registrationsTexts as t } from './texts';

const YEAR_ONLY = 'year';

/** Closed or archived movements are kept read-only (the main process refuses their writes too). */
const isReadOnly = (m: MovementSummary) => m.status === 'closed' || m.archivedAt !== null;

function ScopeControls() {
  const scope = useRegistrations((s) => s.scope);
  const setScope = useRegistrations((s) => s.setScope);
  const [movements, setMovements] = useState<MovementSummary[]>([]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 7 }, (_, i) => String(thisYear + 1 - i));

  const year = scope.year;
  // Until the officer picks a scope, the tab opens on the ward's running regular movement (the
  // five-year plan units register in), so its "chưa đăng ký" matches the dashboard's.
  const picked = useRef(false);
  const refresh = useCallback(() => {
    let current = true;
    call('movements.list', { year })
      .then((rows) => {
        if (!current) return;
        setMovements(rows);
        const running = rows.find((m) => m.kind === 'regular' && m.status === 'in_progress');
        if (!picked.current && running) {
          picked.current = true;
          setScope({ movementId: running.id, movementName: running.name, readOnly: false });
        }
      })
      // Without movements the tab still serves the registrations for the year.
      .catch(() => current && setMovements([]));
    return () => {
      current = false;
    };
  }, [year, setScope]);
  useEffect(refresh, [refresh]);

  const pick = (value: string | null) => {
    picked.current = true;
    const m = movements.find((x) => String(x.id) === value);
    setScope(
      m
        ? { movementId: m.id, movementName: m.name, readOnly: isReadOnly(m) }
        : { movementId: null, movementName: null, readOnly: false },
    );
  };
  const options = [
    { value: YEAR_ONLY, label: t.yearOnly },
    ...movements.map((m) => ({
      value: String(m.id),
      label: m.status === 'closed' ? `${m.name}${t.movementClosedSuffix}` : m.name,
    })),
  ];

  return (
    <>
      <Select
        label={t.year}
        data={years}
        w={110}
        allowDeselect={false}
        value={String(scope.year)}
        onChange={(v) => {
          if (!v) return;
          picked.current = true;
          setScope({ year: Number(v), movementId: null, movementName: null, readOnly: false });
        }}
      />
      <Select
        label={t.movement}
        data={options}
        w={340}
        allowDeselect={false}
        value={scope.movementId === null ? YEAR_ONLY : String(scope.movementId)}
        // Movements added in the other tab since this one opened are offered too.
        onDropdownOpen={() => void refresh()}
        onChange={pick}
      />
    </>
  );
}

/** The "Đăng ký thi đua" tab of the Phong trào area: one year, the year-only registrations or one movement's. */
export function RegistrationsPanel() {
  const [store] = useState(() =>
    createRegistrationsStore({
      year: new Date().getFullYear(),
      movementId: null,
      movementName: null,
      readOnly: false,
    }),
  );
  return (
    <RegistrationsContext.Provider value={store}>
      <RegistrationsView controls={<ScopeControls />} />
    </RegistrationsContext.Provider>
  );
}
