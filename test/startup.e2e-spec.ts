import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { migrations } from '@app/migrations';
import { EmbeddedServer, loadDatabaseConfig, prepareDatabase, StartupError } from '@app/database';
import { LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { loadAppConfig } from '../apps/api/src/app-config';
import { startApiServer } from '../apps/api/src/api-server';
import { createTestDatabase } from './support/test-server';

/** Start-up problems end with one line that says what is wrong and what to do: never a stack trace. */
async function failure(promise: Promise<unknown> | (() => unknown)): Promise<StartupError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).not.toContain('\n');
    return err as StartupError;
  }
  throw new Error('expected a start-up failure');
}

describe('start-up failures', () => {
  it('a DATABASE_URL that is not a postgres URL', async () => {
    const err = await failure(() => loadDatabaseConfig({ DATABASE_URL: 'mysql://root@localhost/x' }));
    expect(err.message).toContain('DATABASE_URL');
    expect(err.message).toContain('postgres://');
  });

  it('a bad PORT', async () => {
    const err = await failure(() => loadAppConfig({ PORT: 'eighty' }));
    expect(err.message).toContain('PORT');
  });

  it('an unreachable database', async () => {
    const config = loadDatabaseConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/yuqing' });
    const err = await failure(prepareDatabase(config, { migrations }));
    expect(err.message).toContain('connection refused');
    expect(err.message).toContain('DATABASE_URL');
  });

  it('wrong credentials', async () => {
    const db = await createTestDatabase('creds');
    try {
      const url = new URL(db.appUrl);
      url.password = 'wrong-password';
      const config = loadDatabaseConfig({ DATABASE_URL: url.toString() });
      const err = await failure(prepareDatabase(config, { migrations }));
      expect(err.message).toMatch(/password|credentials|权限|拒绝/);
    } finally {
      await db.drop();
    }
  });

  it('a port that is already taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const db = await createTestDatabase('port');
    try {
      const err = await failure(
        startApiServer({
          urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
          config: { port, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
          integrity: {
            hashAlgorithm: 'sha256',
            signingKey: LogSigningKey.generate(),
            witness: new MemoryCheckpointWitness(),
          },
          logLevels: [],
        }),
      );
      expect(err.message).toContain(`${port}`);
      expect(err.message).toContain('PORT');
    } finally {
      blocker.close();
      await db.drop();
    }
  });

  it('an embedded server whose port another PostgreSQL holds', async () => {
    const other = process.env.YUQING_TEST_SERVER_URL!;
    const port = Number(new URL(other).port);
    const embedded = new EmbeddedServer({
      dataDir: path.join(os.tmpdir(), `yuqing-never-${process.pid}`),
      port,
    });
    const err = await failure(embedded.start());
    expect(err.message).toContain('EMBEDDED_PG_PORT');
  });
});
