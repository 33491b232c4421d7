import { useEffect } from 'react';
import type { RegistryKind } from '../../../../shared/domain/registry';
import { UnitSelect } from '../../components/UnitSelect';
import { useUnitOptions } from '../../components/unitOptions';
import { useTransfer } from './store';
import { transferTexts as t } from './texts';

/**
 * Where rows go whose unit (households: tổ dân phố) is empty or not in the registry, such as a
 * school's own "Tổ 1". Units have no such choice: nothing is shown for them.
 */
export function DefaultUnitField({ kind }: { kind: RegistryKind }) {
  const defaultUnitId = useTransfer((s) => s.defaultUnitId);
  const setDefaultUnit = useTransfer((s) => s.setDefaultUnit);
  const running = useTransfer((s) => s.running);
  const loadUnits = useUnitOptions((s) => s.load);

  useEffect(() => {
    if (kind !== 'units') void loadUnits();
  }, [kind, loadUnits]);

  if (kind === 'units') return null;
  const words = t.defaultUnit[kind];
  return (
    <UnitSelect
      label={words.label}
      description={words.description}
      placeholder={words.none}
      kind={kind === 'households' ? 'residential_group' : undefined}
      value={defaultUnitId}
      onChange={(id) => void setDefaultUnit(id)}
      disabled={running !== null}
    />
  );
}
