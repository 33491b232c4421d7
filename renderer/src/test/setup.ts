import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import type * as Zustand from 'zustand';
import { setTransportForTests } from '../lib/api';

// findBy*/waitFor wait up to 5 s, not 1 s: on the 2-core CI machine a debounced search under a full
// parallel test run can take longer than a second to answer, and a timeout there is not a bug.
configure({ asyncUtilTimeout: 5000 });

// Every zustand store goes back to its initial state after each test (zustand's testing guide).
const storeResets = vi.hoisted(() => new Set<() => void>());

vi.mock('zustand', async (importOriginal) => {
  const actual = await importOriginal<typeof Zustand>();
  const createTracked = <T>(creator: Zustand.StateCreator<T>) => {
    const store = actual.create(creator);
    const initial = store.getInitialState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  // create(creator) and the curried create<T>()(creator) both go through createTracked.
  const create = (<T>(creator?: Zustand.StateCreator<T>) =>
    creator ? createTracked(creator) : createTracked) as typeof actual.create;
  return { ...actual, create };
});

// happy-dom lacks these; Mantine reads them for color scheme and sizes.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// happy-dom has no `document.fonts`, which Mantine's autosizing Textarea listens on (Chromium and
// Electron have it): a stand-in that never fires.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

afterEach(() => {
  cleanup();
  notifications.clean();
  notifications.cleanQueue();
  setTransportForTests(undefined);
  window.history.replaceState(null, '', '/');
  storeResets.forEach((reset) => reset());
});
