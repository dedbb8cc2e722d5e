import { FaultClient } from '../faults/support/fault-client';
import { sleep, testCluster, until } from './support/test-cluster';

/**
 * Issue 26: the standby serves audit's reads of the log, and no read misses a write acknowledged before it began —
 * the writer's own, or (as here) the centre's write read by its auditor, through any process. The standby is stopped under load (reads go to the primary,
 * none is refused) and started again (it catches up and serves again).
 */
const cluster = testCluster('replica');
const balancer = { url: cluster.url };

beforeAll(async () => {
  await cluster.start();
});
afterAll(async () => {
  await cluster.stop();
});

/** Scans of the log table on the standby: the reads it served (its own statistics, its own queries). */
const logScansOnStandby = async () =>
  Number(
    (
      await cluster.replica.query<{ n: string }>(
        `SELECT (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS n FROM pg_stat_user_tables
          WHERE relname = 'es_events'`,
        [],
        'yuqing',
      )
    )[0]?.n ?? 0,
  );

const HISTORY = `query H($id: ID!) { incidentHistory(id: $id) { total entries { type } } }`;

it('reads after writes see them, on the standby or, while it is down, on the primary', async () => {
  const client = new FaultClient([balancer]);
  await client.login('zhouming');
  // The auditor reads what the centre writes: no write is missing from a read that began after it was acknowledged,
  // whoever wrote it.
  await client.login('qianjun');
  const stale: string[] = [];
  let reads = 0;
  const history = async (id: string) => {
    reads++;
    return (
      await client.retrying<{ incidentHistory: { total: number; entries: { type: string }[] } }>(
        'qianjun',
        HISTORY,
        { id },
        undefined,
      )
    ).incidentHistory;
  };
  let stopping = false;
  const loops = Array.from({ length: 4 }, async (_, w) => {
    for (let round = 0; !stopping; round++) {
      const incident = await client.write('zhouming', 'reportIncident', {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: `replica ${w}-${round}`,
        urls: ['https://weibo.example/p/3'],
        discoveredAt: new Date().toISOString(),
      });
      const first = await history(incident.id!);
      if (!first.entries.some((e) => e.type === 'IncidentReported')) stale.push(`${incident.id} reported`);
      await client.write('zhouming', 'assessIncident', {
        incidentId: incident.id,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'III',
        reasoning: '研判',
      });
      const second = await history(incident.id!);
      if (second.total <= first.total) stale.push(`${incident.id} assessed`);
      await client.write('zhouming', 'listIncident', { incidentId: incident.id, requirements: '核实' });
      const third = await history(incident.id!);
      if (third.total <= second.total) stale.push(`${incident.id} listed`);
    }
  });
  const readsUntil = async (n: number) => {
    const target = reads + n;
    await until(`${n} more reads`, () => reads >= target || stale.length > 0, 120_000);
  };
  const phases: Record<string, number> = {};
  try {
    let before = await logScansOnStandby();
    await readsUntil(60);
    phases.standbyUp = (await logScansOnStandby()) - before;

    cluster.replica.stopFast();
    await readsUntil(60);

    await cluster.startReplica();
    await until('the standby to catch up', async () => (await cluster.replayLagBytes()) === 0, 60_000);
    before = await logScansOnStandby();
    await readsUntil(60);
    phases.standbyBack = (await logScansOnStandby()) - before;
  } finally {
    stopping = true;
    await Promise.all(loops);
  }
  await sleep(200);
  expect(stale).toEqual([]);
  // Nothing was refused for the standby's sake.
  expect([...client.refusals]).toEqual([]);
  // It served reads before it was stopped and after it came back.
  expect(phases.standbyUp).toBeGreaterThan(10);
  expect(phases.standbyBack).toBeGreaterThan(10);
  process.stdout.write(
    `replica reads: ${reads} history reads after writes, none stale; log scans on the standby: ` +
      `${JSON.stringify(phases)}\n`,
  );
});
