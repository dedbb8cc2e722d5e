// Runs under Node's own require (no jest module mapping): import by relative path.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureHaproxy } from '../../../scripts/cluster/haproxy-balancer';

const ROOT = resolve(__dirname, '..', '..', '..');
/** The production entry, built as `npm start` builds it, once for the whole suite. */
export const CLUSTER_BUILD = join(ROOT, '.data', 'cluster-build');

export default function globalSetup(): void {
  ensureHaproxy();
  rmSync(CLUSTER_BUILD, { recursive: true, force: true });
  for (const tool of ['tsc', 'tsc-alias'])
    execFileSync('npx', [tool, '-p', 'tsconfig.build.json', '--outDir', CLUSTER_BUILD], {
      cwd: ROOT,
      stdio: 'pipe',
    });
}
