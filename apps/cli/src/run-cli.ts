import { migrations } from '@app/migrations';
import { loadDatabaseConfig, prepareDatabase, PreparedDatabase, StartupError } from '@app/database';

/** Runs a maintenance command with a prepared database; prints one clear line on failure and exits non-zero. */
export function runCli(name: string, body: (db: PreparedDatabase, args: string[]) => Promise<void>): void {
  const run = async () => {
    const db = await prepareDatabase(loadDatabaseConfig(), { migrations });
    try {
      await body(db, process.argv.slice(2));
    } finally {
      await db.close();
    }
  };
  run().then(
    () => process.exit(0),
    (err: unknown) => {
      const message =
        err instanceof StartupError
          ? err.message
          : `${name} 失败 / ${name} failed: ${(err as Error)?.message ?? String(err)}`;
      process.stderr.write(`${message}\n`);
      process.exit(1);
    },
  );
}
