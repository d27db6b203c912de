import { defineConfig } from 'vitest/config';
import { messageCatalogs } from './src/build/message-catalogs-plugin';

export default defineConfig({
  // Screen code imports its catalogs compiled (`?messages`), in unit tests as in the built app.
  plugins: [messageCatalogs()],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    globalSetup: ['./tests/support/global-setup.ts'],
  },
});
