import { create } from 'zustand';
import { areaFromHash, hashOf, subpathFromHash, type AreaId } from './areas';

interface NavigationState {
  area: AreaId;
  /** Where inside the area: e.g. ['42'] for a record's detail page. */
  subpath: string[];
  /** Opens an area (or a page in it); the address changes too, so back/forward and reload keep the place. */
  go(area: AreaId, ...subpath: (string | number)[]): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  area: areaFromHash(window.location.hash),
  subpath: subpathFromHash(window.location.hash),
  go: (area, ...subpath) => {
    const hash = hashOf(area, ...subpath);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ area, subpath: subpathFromHash(hash) });
  },
}));

/** Keeps the store on the address (links, back/forward, typed URLs); returns the unsubscribe. */
export function followLocationHash(): () => void {
  const sync = () =>
    useNavigation.setState({
      area: areaFromHash(window.location.hash),
      subpath: subpathFromHash(window.location.hash),
    });
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
