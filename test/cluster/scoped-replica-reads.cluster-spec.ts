import { FaultClient } from '../faults/support/fault-client';
import { testCluster } from './support/test-cluster';

/**
 * Issue 26, ADR 0028: the reads a county makes most — the incident list and search, an incident with its timeline,
 * statistics and 考核, the daily report's draft, the workbench — are served by the standby, under row security as
 * the application role, and none misses a write acknowledged before it began: each round reports an incident
 * through the balancer and at once reads it back every way, on whichever process the balancer picks — the standby
 * streaming (it serves them), then with its replay paused (they wait for it, then go to the primary).
 */
const cluster = testCluster('scoped-replica');
const balancer = { url: cluster.url };

beforeAll(async () => {
  await cluster.start();
});
afterAll(async () => {
  await cluster.stop();
});

/** The read models on the standby, and how often they were scanned there (its own statistics of its queries). */
const TABLES = ['incident_view', 'incident_timeline', 'assessment_unit_day'];
const scansOnStandby = async (): Promise<Record<string, number>> => {
  const rows = await cluster.replica.query<{ relname: string; n: string }>(
    `SELECT relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS n FROM pg_stat_user_tables
      WHERE relname = ANY($1::text[])`,
    [TABLES],
    'yuqing',
  );
  return Object.fromEntries(TABLES.map((t) => [t, Number(rows.find((r) => r.relname === t)?.n ?? 0)]));
};

const beijingDay = (at = new Date()) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const LIST = `query L($text: String) { incidents(first: 5, filter: { text: $text }) { totalCount edges { node { id } } } }`;
const INCIDENT = `query I($id: ID!) { incident(id: $id) { id title timeline { type } } }`;
const STATISTICS = `query S($i: AssessmentStatisticsInput!) { assessmentStatistics(input: $i) { total { incidentsReported } } }`;
const DRAFT = `query D($d: String!) { dailyReportDraft(date: $d) { figures { newIncidents } } }`;
const DASHBOARD = `query { dashboard(days: 1) { openIncidents { count } } }`;

it('reads after writes see them, and the standby serves them', async () => {
  const client = new FaultClient([balancer]);
  await client.login('zhouming'); // county centre duty officer: reports, drafts the daily report, the workbench
  await client.login('qianjun'); // the auditor: statistics county-wide
  const read = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    client.retrying<T>(user, query, variables, undefined);
  const year = { period: { kind: 'YEAR', year: Number(beijingDay().slice(0, 4)) } };
  const reported = async () =>
    (
      await read<{ assessmentStatistics: { total: { incidentsReported: number } } }>('qianjun', STATISTICS, {
        i: year,
      })
    ).assessmentStatistics.total.incidentsReported;
  const newToday = async (day: string) =>
    (await read<{ dailyReportDraft: { figures: { newIncidents: number } } }>('zhouming', DRAFT, { d: day }))
      .dailyReportDraft.figures.newIncidents;
  const open = async () =>
    (
      await read<{ dashboard: { openIncidents: { count: number }[] } }>('zhouming', DASHBOARD)
    ).dashboard.openIncidents.reduce((n, g) => n + g.count, 0);

  // What the county held before; every report acknowledged since adds one to each figure (nothing closes here).
  const startDay = beijingDay();
  const base = { reported: await reported(), today: await newToday(startDay), open: await open() };
  let acked = 0;
  let ackedToday = 0;
  const stale: string[] = [];
  const counts = { list: 0, incident: 0, statistics: 0, draft: 0, dashboard: 0 };
  /** `workers` loops of `rounds` each: report an incident, then read it back every way at once. */
  const rounds = (workers: number, n: number, label: string) =>
    Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        for (let round = 0; round < n; round++) {
          const title = `读库 ${label} ${w}-${round} ${Date.now()}`;
          const incident = await client.write('zhouming', 'reportIncident', {
            channel: 'MONITORING',
            platform: 'WEIBO',
            title,
            urls: ['https://weibo.example/p/4'],
            discoveredAt: new Date().toISOString(),
          });
          acked++;
          if (beijingDay() === startDay) ackedToday++;
          // What was acknowledged before each read began: that read must count it.
          const list = await read<{ incidents: { totalCount: number; edges: { node: { id: string } }[] } }>(
            'zhouming',
            LIST,
            { text: title },
          );
          counts.list++;
          if (!list.incidents.edges.some((e) => e.node.id === incident.id)) stale.push(`list ${title}`);
          const one = await read<{ incident: { timeline: { type: string }[] } }>('zhouming', INCIDENT, {
            id: incident.id,
          });
          counts.incident++;
          if (!one.incident.timeline.some((e) => e.type === 'IncidentReported'))
            stale.push(`timeline ${title}`);
          const sawReported = acked;
          const n = await reported();
          counts.statistics++;
          if (n < base.reported + sawReported)
            stale.push(`statistics ${n} < ${base.reported} + ${sawReported}`);
          const sawToday = ackedToday;
          if (beijingDay() === startDay) {
            const today = await newToday(startDay);
            counts.draft++;
            if (today < base.today + sawToday)
              stale.push(`daily report ${today} < ${base.today} + ${sawToday}`);
          }
          const sawOpen = acked;
          const o = await open();
          counts.dashboard++;
          if (o < base.open + sawOpen) stale.push(`dashboard ${o} < ${base.open} + ${sawOpen}`);
        }
      }),
    );

  // The standby streaming: it serves the reads, each once it has replayed the write before it.
  const before = await scansOnStandby();
  await rounds(3, 12, 'streaming');
  const after = await scansOnStandby();
  const served = Object.fromEntries(TABLES.map((t) => [t, after[t] - before[t]]));
  const streaming = { ...counts };

  // The standby's replay held back (as a standby far behind is): no read may show the standby's older state — each
  // waits for it, then goes to the primary.
  await cluster.replica.query(`SELECT pg_wal_replay_pause()`);
  try {
    await rounds(2, 2, 'paused');
  } finally {
    await cluster.replica.query(`SELECT pg_wal_replay_resume()`);
  }

  expect(stale).toEqual([]);
  expect([...client.refusals]).toEqual([]);
  // The standby served them: each list, incident and statistics read scans these tables there at least once.
  expect(served.incident_view).toBeGreaterThanOrEqual(streaming.list + streaming.incident);
  expect(served.incident_timeline).toBeGreaterThanOrEqual(streaming.incident / 2);
  expect(served.assessment_unit_day).toBeGreaterThanOrEqual(streaming.statistics);
  process.stdout.write(
    `scoped replica reads: ${acked} reports, each read back at once (${JSON.stringify(counts)}), none stale; ` +
      `scans on the standby while it streamed: ${JSON.stringify(served)}\n`,
  );
});
