import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic, no I/O, fast. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
