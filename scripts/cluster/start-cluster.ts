import * as path from 'node:path';
import { LocalCluster } from './local-cluster';

/**
 * `npm run start:cluster`: the whole set on this machine — PostgreSQL 15 primary and streaming standby, N API
 * processes (CLUSTER_PROCESSES, default 3) and HAProxy in front — under .data/cluster, each with its log in
 * .data/cluster/logs. Ctrl-C stops everything. `npm start` alone is untouched by any of it.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const processes = Number(process.env.CLUSTER_PROCESSES ?? 3);
  const basePort = Number(process.env.CLUSTER_BASE_PORT ?? 55600);
  if (!Number.isInteger(processes) || processes < 1 || processes > 9)
    throw new Error('配置错误 / Bad setting: CLUSTER_PROCESSES — 1 to 9');
  const dir = path.resolve(root, process.env.CLUSTER_DIR ?? '.data/cluster');
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const cluster = new LocalCluster({
    dir,
    basePort,
    processes,
    root,
    entry: path.join(root, 'dist', 'apps', 'api', 'src', 'main.js'),
    replica: process.env.CLUSTER_REPLICA !== 'false',
    log: say,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`收到 ${signal}，正在停止集群 / stopping the cluster…`);
    await cluster.stop();
    say('集群已停止 / cluster stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => void stop(signal));
  try {
    await cluster.start();
  } catch (err) {
    await cluster.stop().catch(() => undefined);
    throw err;
  }
  say(`集群已启动 / cluster ready: ${cluster.url.replace('127.0.0.1', 'localhost')} (logs: ${dir}/logs)`);
}

main().catch((err: unknown) => {
  process.stderr.write(`集群启动失败 / Cluster start-up failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
