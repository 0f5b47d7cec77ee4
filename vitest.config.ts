import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and built-site tests share one built dist/; globalSetup builds it once.
    fileParallelism: true,
    testTimeout: 30_000,
  },
});
