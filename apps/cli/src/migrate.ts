import { redactUrl } from '@app/database';
import { runCli } from './run-cli';

/** `npm run migrate`: applies pending migrations (start-up does the same) and says where. */
runCli('migrate', async (db) => {
  process.stdout.write(`迁移完成 / migrations applied: ${redactUrl(db.ownerUrl)}\n`);
});
