import { join } from 'node:path';
import { migrations } from '@app/migrations';
import { loadDatabaseConfig, prepareDatabase, redactUrl, StartupError } from '@app/database';
import { DemoSeeder, formatLogins } from '@app/demo';
import { OrganizationDirectory } from '@app/organization';
import { loadLogIntegrity } from '@app/runtime';
import { loadAppConfig } from './app-config';
import { startApiServer } from './api-server';

/**
 * `npm start`: embedded PostgreSQL unless DATABASE_URL is set, migrations, then the GraphQL API.
 * Any start-up problem ends with one line saying what is wrong and what to do; Ctrl-C stops everything cleanly.
 */
async function main(): Promise<void> {
  const dbConfig = loadDatabaseConfig();
  const appConfig = loadAppConfig();
  const integrity = loadLogIntegrity();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const db = await prepareDatabase(dbConfig, { migrations, log: say });
  say(`数据库就绪 / database ready: ${redactUrl(db.ownerUrl)}`);
  let server;
  try {
    server = await startApiServer({
      urls: db,
      config: appConfig,
      poolSize: dbConfig.poolSize,
      integrity,
      // The web console, built by `npm start` next to the API (dist/console).
      consoleDir: join(__dirname, '..', '..', '..', 'console'),
      // The demo county is in place before the first request can arrive.
      beforeListen: async (app) => {
        if (appConfig.seedDemo && (await app.get(OrganizationDirectory).isEmpty())) {
          say('首次启动，正在创建演示县 / first start: seeding the demo county…');
          say(formatLogins(await app.get(DemoSeeder).seed()));
        }
      },
    });
  } catch (err) {
    await db.close();
    throw err;
  }
  say(`舆情应急处置平台已启动 / API ready: ${server.url.replace('127.0.0.1', 'localhost')}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`收到 ${signal}，正在停止 / stopping…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    say('已停止 / stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => void stop(signal));
}

main().catch((err: unknown) => {
  if (err instanceof StartupError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    const e = err as Error;
    process.stderr.write(`启动失败 / Start-up failed: ${e?.message ?? String(err)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  }
  process.exit(1);
});
