// Runs under Node's own require (no jest module mapping): import by relative path.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FaultCluster } from './fault-cluster';

const ROOT = resolve(__dirname, '..', '..', '..');
/** The production entry, built as `npm start` builds it, once for the whole suite. */
export const FAULT_BUILD = join(ROOT, '.data', 'faults-build');

export default async function globalSetup(): Promise<void> {
  const cluster = new FaultCluster();
  await cluster.start();
  rmSync(FAULT_BUILD, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', FAULT_BUILD], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  execFileSync('npx', ['tsc-alias', '-p', 'tsconfig.build.json', '--outDir', FAULT_BUILD], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}
