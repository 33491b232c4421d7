import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Some tests build 20,000-row workbooks or hundreds of PDF pages; on a busy 2-core CI
          // machine that can pass the default 5 s without anything being wrong.
          testTimeout: 20_000,
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          // Form tests type character by character; on a busy 2-core machine that can pass 5 s.
          testTimeout: 20_000,
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
