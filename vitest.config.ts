import { defineConfig } from 'vitest/config';
import { appAliases, appPlugins } from './vite.config';

// Two projects share one run:
// - `unit`: domain, component and bank tests in jsdom (fast, no browser).
// - `browser`: journeys in real Chromium against the built app served by `vite preview`.
//   One file at a time, because every file shares the single preview server started in
//   tests/browser/global-setup.ts and Chromium is heavy.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: appPlugins(),
        resolve: { alias: appAliases },
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['tests/{unit,component,bank}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // Component tests render whole pages whose code loads on demand; on a loaded
          // two-core machine one can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        // The specs build their fixtures with the app's own domain code, whose messages are
        // written with Lingui's macros.
        plugins: appPlugins(),
        resolve: { alias: appAliases },
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
