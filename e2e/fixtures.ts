import { test as base } from '@playwright/test';
import { freshDataDir, startHarness, type RunningHarness } from './harness';

/** Every test gets its own data folder and its own harness on it. */
export const test = base.extend<{ harness: RunningHarness }>({
  harness: async ({}, use) => {
    const harness = await startHarness(freshDataDir());
    await use(harness);
    await harness.stop();
  },
  baseURL: async ({ harness }, use) => {
    await use(harness.url);
  },
});

export { expect } from '@playwright/test';
