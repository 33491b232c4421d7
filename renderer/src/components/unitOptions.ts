import { create } from 'zustand';
import type { UnitRow } from '../../../shared/schemas/registry/units';
import { call } from '../lib/api';
import { messageOf } from '../lib/errors';

interface UnitOptionsState {
  /** Every unit not in the trash, active or not (people stay in units that have closed). */
  units: UnitRow[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Reads the units again: pickers open on pages that other screens may have changed. */
  load(): Promise<void>;
}

let latest = 0;

/** The units offered by unit pickers and filters (people, households). */
export const useUnitOptions = create<UnitOptionsState>()((set) => ({
  units: [],
  status: 'idle',
  error: null,
  load: async () => {
    const request = ++latest;
    set((s) => ({ status: s.units.length > 0 ? s.status : 'loading', error: null }));
    try {
      const units = await call('units.list', { status: 'all' });
      if (request === latest) set({ units, status: 'ready' });
    } catch (error) {
      if (request === latest) set({ status: 'error', error: messageOf(error) });
    }
  },
}));
