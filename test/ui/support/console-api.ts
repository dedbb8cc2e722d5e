import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DemoSeeder } from '@app/demo';
import { FileCheckpointWitness, LogSigningKey } from '@app/event-store';
import { Clock } from '@app/kernel';
import { RunningServer, startApiServer } from '../../../apps/api/src/api-server';
import { createTestDatabase, TestDatabase } from '../../support/test-server';

export const CONSOLE_DIR = resolve(__dirname, '..', '..', '..', 'dist', 'console');

/** The wall clock, shifted: seeding the past 30 days moves it back, then it returns to now and runs on. */
export class ShiftedClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface ConsoleApi {
  server: RunningServer;
  db: TestDatabase;
  base: string;
  graphql: string;
  clock: ShiftedClock;
  close(): Promise<void>;
}

/** The real API on a fresh database with the demo county, serving the built console at `/`. */
export async function startConsoleApi(label: string): Promise<ConsoleApi> {
  if (!existsSync(join(CONSOLE_DIR, 'index.html')))
    throw new Error(
      `The console is not built (${CONSOLE_DIR}): run \`npm run build:console\` (npm run test:ui does)`,
    );
  const db = await createTestDatabase(label);
  const auditDir = mkdtempSync(join(tmpdir(), 'yuqing-ui-audit-'));
  const clock = new ShiftedClock();
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 2000, seedDemo: false },
    integrity: {
      hashAlgorithm: 'sha256',
      signingKey: LogSigningKey.generate(),
      witness: new FileCheckpointWitness(join(auditDir, 'witness.jsonl')),
    },
    clock,
    logLevels: ['error'],
    consoleDir: CONSOLE_DIR,
  });
  await server.app.get(DemoSeeder).seed();
  return {
    server,
    db,
    base: server.url,
    graphql: `${server.url}/graphql`,
    clock,
    close: async () => {
      await server.close();
      await db.drop();
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}
