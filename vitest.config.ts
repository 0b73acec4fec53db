import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // The unit tests share no mutable module state (nothing is mocked at module level), so a
          // worker keeps its loaded modules from one file to the next: importing the NLP model and
          // the WordNet tables afresh for each of 130 files took over half the unit run.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Each file starts its own emulator and bot processes on free ports, with its own state
          // folder: two files at a time. Most of a file's time is waiting on processes and the
          // network, so two take about two thirds of the time one after the other would.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
