import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Four projects, so each kind of test runs as fast as it safely can:
 * - unit: pure logic and component renders (Astro's Container API), in parallel;
 * - time zones: the date tests again under the two extremes, UTC+14 and UTC-8;
 * - site: static facts read from the built sites (dist/ and dist-fixtures/), in parallel,
 *   after one build of each (tests/support/build-sites.ts);
 * - build: tests that run `astro build` themselves (reproducibility, a failing build), one at a time.
 * Unit and site files share their worker's modules (`isolate: false`): the built sites are read
 * and parsed once per worker, not once per file, which halves the run. So a test never changes
 * a shared parse (`site(...).$`); it loads its own copy to cut one up.
 */
export default defineConfig(
  getViteConfig({
    test: {
      projects: [
        {
          extends: true as const,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
            isolate: false,
          },
        },
        ...['Pacific/Kiritimati', 'America/Los_Angeles'].map((TZ) => ({
          extends: true as const,
          test: { name: `dates in ${TZ}`, include: ['tests/unit/dates.test.ts'], env: { TZ } },
        })),
        {
          extends: true as const,
          test: {
            name: 'site',
            include: ['tests/site/**/*.test.ts'],
            globalSetup: ['tests/support/build-sites.ts'],
            isolate: false,
          },
        },
        {
          extends: true as const,
          test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false },
        },
      ],
    },
  }),
);
