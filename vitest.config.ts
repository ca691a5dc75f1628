import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// The capture corpus lives beside the repository (../shared), not in it: a clone on its own runs
// without the golden corpus check rather than failing on a missing folder.
const corpusPresent = existsSync(resolve(import.meta.dirname, '../shared/capture-corpus/cases'));

// CI sums the JSON reports of the unit and e2e runs into one "N passed, N failed" line.
const reportDir = process.env.BRIDGEWORK_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: join(reportDir, `vitest-${process.pid}.json`) } : undefined,
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts'],
          setupFiles: ['tests/helpers/register-languages.ts', 'tests/helpers/property-seed.ts'],
          exclude: corpusPresent ? [] : ['tests/unit/capture/golden.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/helpers/register-languages.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
