import { create } from 'zustand';
import { areaFromHash, hashOf, type AreaId } from './areas';

interface NavigationState {
  area: AreaId;
  /** Opens an area; the address changes too, so back/forward and reload keep the place. */
  go(area: AreaId): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  area: areaFromHash(window.location.hash),
  go: (area) => {
    if (window.location.hash !== hashOf(area)) window.location.hash = hashOf(area);
    set({ area });
  },
}));

/** Keeps the store on the address (links, back/forward, typed URLs); returns the unsubscribe. */
export function followLocationHash(): () => void {
  const sync = () => useNavigation.setState({ area: areaFromHash(window.location.hash) });
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
