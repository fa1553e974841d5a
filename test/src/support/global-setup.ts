import type { TestProject } from 'vitest/node';
import { startTestPostgres } from '@shouhou/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/** One PostgreSQL for the run (DATABASE_URL or embedded); each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  project.provide('adminDatabaseUrl', pg.adminUrl);
  return () => pg.stop();
}
