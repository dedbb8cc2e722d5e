import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalCluster } from '../../../scripts/cluster/local-cluster';
import { CLUSTER_BUILD } from './global-setup';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * A cluster of the suite's own, made afresh: three processes, a standby, HAProxy; timers run every 200 ms and a job
 * whose process died goes to another after 2 s (as timers-two-processes.e2e-spec.ts runs them). With `sealing`,
 * every process also seals the log every 500 ms (a periodic check that must happen once, whichever process runs it),
 * with the deployment's one signing key and witness file in the cluster's folder.
 */
export function testCluster(
  label: string,
  options: { processes?: number; replica?: boolean; sealing?: boolean } = {},
) {
  const dir = join(ROOT, '.data', `cluster-test-${label}`);
  rmSync(dir, { recursive: true, force: true });
  return new LocalCluster({
    dir,
    basePort: Number(process.env.CLUSTER_TEST_PORT ?? 55640),
    processes: options.processes ?? 3,
    entry: join(CLUSTER_BUILD, 'apps/api/src/main.js'),
    root: ROOT,
    replica: options.replica ?? true,
    fast: true,
    apiEnv: {
      SEAL_INTERVAL_MS: options.sealing ? '500' : '0',
      ...(options.sealing
        ? {
            AUDIT_SIGNING_KEY_FILE: join(dir, 'audit', 'signing-key.pem'),
            AUDIT_WITNESS_FILE: join(dir, 'audit', 'witness.jsonl'),
          }
        : {}),
      NOTIFY_TICK_MS: '0',
      ROSTER_CHECK_MS: '0',
      TIMER_TICK_MS: '200',
      TIMER_JOB_EXPIRE_SECONDS: '2',
      JOB_MAINTENANCE_SECONDS: '1',
      DB_POOL_SIZE: '12',
    },
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
