import { defineConfig } from 'vitest/config';

/**
 * Integration and end-to-end tests: each file starts the whole platform (real PostgreSQL, real NATS
 * with JetStream, every service as its own process), so files run one at a time.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // The platform answers within a second when the machine is idle; CI's two cores run a browser, five
    // processes and PostgreSQL at once, so a poll waits for the condition up to 5 s before it fails.
    expect: { poll: { timeout: 5_000, interval: 100 } },
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
