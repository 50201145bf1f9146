import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Build tests run `astro build`; they must not race each other over .astro/.
    fileParallelism: false,
  },
});
