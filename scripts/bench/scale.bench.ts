import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import {
  EVENT_COLUMNS,
  EventStore,
  LogSigningKey,
  MemoryCheckpointWitness,
  ProjectionRunner,
} from '@app/event-store';
import { encodeCursor } from '@app/graphql';
import { startApiServer, RunningServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';
import { GraphqlHttpClient, percentile } from './http-graphql';

/**
 * `npm run bench:scale` (issue 25, reads at size): a province's history — 100 counties, 200,000 incidents,
 * 2,000,000 events by default — seeded straight through the event store, then the read models built by the
 * projections from the log, then the console's own queries asked as a signed-in user of one county (over the
 * in-process API), each beside a bare indexed SELECT of the same rows in the same run; last, a rebuild of the read
 * models in a process of its own with its resident memory sampled as it goes.
 *
 * The events are the real domain's: one incident is taken through the loop over GraphQL (report, assess, list,
 * dispatch to a township, sign, report progress, hand in, accept, calm, close) and the events it left are the
 * template every other incident is cloned from — fresh ids, its county's units, a title from the generator, times
 * moved into the past year, cut at a stage of the loop (older incidents mostly closed, recent ones open). The other
 * counties are cloned the same way from the demo county's organization events, so their units exist as events too.
 *
 * Sizes: `BENCH_SCALE_COUNTIES` (100), `BENCH_SCALE_INCIDENTS` (200000), `BENCH_SCALE_EVENTS` (2000000, reached with
 * further progress reports on incidents in hand), `BENCH_SCALE_RUNS` (200 timed runs a query),
 * `BENCH_SCALE_REBUILD` (`incident-view`; `all`, a comma-separated list of projections, or `none`).
 * `BENCH_SCALE_DATABASE=<name>` keeps the seeded database to measure again. Last line: one JSON object.
 */
const num = (env: string, fallback: number) => {
  const value = Number(process.env[env] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${env} must be a whole number above 0`);
  return value;
};
const COUNTIES = num('BENCH_SCALE_COUNTIES', 100);
const INCIDENTS = num('BENCH_SCALE_INCIDENTS', 200_000);
const EVENTS = num('BENCH_SCALE_EVENTS', 2_000_000);
const RUNS = num('BENCH_SCALE_RUNS', 200);
// `all` rebuilds projection after projection, each reading the whole log (about 30 passes of ~2 min at full size);
// every read model is built from the log together in step 3 anyway.
const REBUILD = process.env.BENCH_SCALE_REBUILD ?? 'incident-view';
/** Appends in flight together while seeding: the store's group commit writes them a few thousand events a statement. */
const IN_FLIGHT = 400;
const DAY_MS = 86_400_000;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const TEMPLATE_TITLE = '模板事件标题';

// The console's own documents (apps/console/src): what its pages send, field for field.
const INCIDENT_NODE = `id title grade status platform channel reportedAt reportingUnitId confidential
  linkage { active } assessment { field nature } tasks { id status overdue }`;
const CONSOLE_INCIDENTS = `query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {
  incidents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${INCIDENT_NODE} } } } }`;
const CONSOLE_DASHBOARD = `query ConsoleDashboard($open: [IncidentStatus!]) {
  gI: incidents(first: 1, filter: { status: $open, grade: [I] }) { totalCount }
  gII: incidents(first: 1, filter: { status: $open, grade: [II] }) { totalCount }
  gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) { totalCount }
  gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) { totalCount }
  sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) { totalCount }
  sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) { totalCount }
  sWARNED: incidents(first: 1, filter: { status: [WARNED] }) { totalCount }
  sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) { totalCount }
  sCALMED: incidents(first: 1, filter: { status: [CALMED] }) { totalCount }
  open: incidents(first: 60, filter: { status: $open }) { totalCount edges { node {
    id title grade status reportedAt
    tasks { id status role dueAt overdue assigneeUnitId handedInAt }
    letters { id title sentAt receiptDueAt receipts { unitId signed } } } } } }`;
const CONSOLE_FIGURES = `query ConsoleFigures { dashboard(days: 30) {
  overdueTasks nearlyDueTasks unsignedLetters trend { day grade count }
  unitOnTime { unitId unitName tasks handedIn onTime openOverdue onTimeRate } } }`;
const CONSOLE_INBOX = readConsoleDocument('pages/InboxPage.tsx', 'ConsoleInbox');
const CONSOLE_TIMELINE = `query ConsoleTimeline($id: ID!) { incident(id: $id) { id
  timeline { at type description action actorName actorUnitName } } }`;
const CONSOLE_HISTORY = `query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {
  incidentHistory(id: $id, filter: $filter) { title total entries {
    at kind description actorName actorUnitName command correlationId hash position } } }`;
const OPEN = ['REGISTERED', 'ASSESSED', 'WARNED', 'HANDLING', 'CALMED'];

/** A document from the console's source as it stands (the inbox's is long, and changes with the page). */
function readConsoleDocument(file: string, name: string): string {
  const source = readFileSync(path.resolve('apps/console/src', file), 'utf8');
  const start = source.indexOf(`query ${name}`);
  if (start < 0) throw new Error(`${name} not found in ${file}`);
  let depth = 0;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error(`${name} in ${file} does not close`);
}

// Invented names only: county stems, places within a county, and what people write about.
const STEMS = ['东', '西', '南', '北', '青', '白', '金', '石', '云', '松'].flatMap((a) =>
  ['河', '山', '林', '川', '湖', '阳', '平', '安', '宁', '丰'].map((b) => `${a}${b}`),
);
const PLACES = [
  '东湖镇',
  '西山镇',
  '南坪乡',
  '北城街道',
  '柳营村',
  '桥头村',
  '石门村',
  '竹林村',
  '县城',
  '开发区',
  '城关镇',
  '河口乡',
];
const TOPICS = [
  '征地补偿款',
  '拖欠工资',
  '校园安全',
  '环境污染',
  '食品安全',
  '物业纠纷',
  '交通事故',
  '医疗纠纷',
  '房屋拆迁',
  '征地拆迁',
  '养老金发放',
  '噪音扰民',
  '非法集资',
  '停水停电',
];
const SUFFIX = ['问题', '引发关注', '网帖', '视频传播', '投诉', '舆情'];
const titleOf = (i: number) =>
  `${PLACES[(i * 7) % PLACES.length]}${TOPICS[(i * 13 + (i >> 4)) % TOPICS.length]}${SUFFIX[i % SUFFIX.length]}`;

interface TemplateEvent {
  streamId: string;
  streamType: string;
  owningUnit: string;
  type: string;
  data: string;
  metadata: Record<string, unknown>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z/g;

/** Ids to clone by: unit ids follow the county's map, user ids stay, every other id is fresh for each clone. */
function cloneIds(text: string, fixed: Map<string, string>, fresh: Map<string, string>): string {
  return text.replace(UUID, (id) => {
    const f = fixed.get(id);
    if (f !== undefined) return f;
    let n = fresh.get(id);
    if (!n) fresh.set(id, (n = randomUUID()));
    return n;
  });
}

const integrity = {
  hashAlgorithm: 'sha256' as const,
  signingKey: LogSigningKey.generate(),
  witness: new MemoryCheckpointWitness(),
};
const log = (name: string, value: string) => process.stderr.write(`  ${name}: ${value}\n`);
const round1 = (n: number) => Math.round(n * 10) / 10;
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;

interface Bench {
  db: Awaited<ReturnType<typeof benchDatabase>>;
  owner: Client;
  http: GraphqlHttpClient;
  start(): Promise<RunningServer>;
}

async function main(): Promise<void> {
  // BENCH_SCALE_DATABASE: seed into (or reuse) a database of that name and keep it, so the reads can be measured
  // again after a change without seeding anew.
  const reuse = process.env.BENCH_SCALE_DATABASE;
  const db = await benchDatabase({ reuse, keep: Boolean(reuse) });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const bench: Bench = {
    db,
    owner,
    http: new GraphqlHttpClient(120_000),
    start: () =>
      startApiServer({
        urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
        config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
        integrity,
        logLevels: ['error', 'warn'],
      }),
  };
  try {
    if (db.reused)
      process.stderr.write(`Reads at size on ${db.serverLabel}, database ${db.name} as seeded before\n`);
    else {
      process.stderr.write(
        `Reads at size on ${db.serverLabel}: ${COUNTIES} counties, ${INCIDENTS} incidents, ~${EVENTS} events\n`,
      );
      await seed(bench);
    }
    const figures = (await owner.query<{ figures: SeedFigures }>(`SELECT figures FROM bench_scale_figures`))
      .rows[0].figures;
    const reads = await measureReads(bench);
    const rebuild = REBUILD === 'none' ? undefined : await rebuildReadModels(bench);
    process.stdout.write(
      `${JSON.stringify({ events: figures.logEvents, ...figures, ...reads, ...(rebuild ?? {}) })}\n`,
    );
  } finally {
    await owner.end();
    await db.close();
  }
}

interface SeedFigures {
  logEvents: number;
  incidents: number;
  counties: number;
  seedSeconds: number;
  seedEventsPerSec: number;
  buildReadModelsSeconds: number;
  buildReadModelsEventsPerSec: number;
  buildReadModelsPeakRssMb: number;
  buildReadModelsFirstQuarterPeakRssMb: number;
  buildReadModelsLastQuarterPeakRssMb: number;
}

async function seed(bench: Bench): Promise<void> {
  const { owner, http } = bench;
  let server = await bench.start();
  const tail = async () =>
    Number(
      (await owner.query<{ n: string }>(`SELECT coalesce(max(global_position), 0) AS n FROM es_events`))
        .rows[0].n,
    );
  try {
    await server.app.get(DemoSeeder).seed();
    const url = `${server.url}/graphql`;
    const token = async (username: string) =>
      (
        await http.call<{ login: { accessToken: string } }>(url, 'login', LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
      ).login.accessToken;
    const [centre, township] = await Promise.all(['zhouming', 'lina'].map(token));

    // 1. The template: one incident through the loop over GraphQL, a mark in the log after each step.
    const orgEnd = await tail();
    const marks: number[] = [];
    const step = async (tok: string, name: string, input: Record<string, unknown>, select = 'id') => {
      const r = await http.call<Record<string, { id: string }>>(
        url,
        name,
        `mutation M($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${select} } }`,
        { i: input },
        tok,
      );
      marks.push(await tail());
      return r[name].id;
    };
    const incidentId = await step(centre, 'reportIncident', {
      channel: 'MONITORING',
      platform: 'WEIBO',
      title: TEMPLATE_TITLE,
      urls: ['https://weibo.example/p/template'],
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    await step(centre, 'assessIncident', {
      incidentId,
      nature: 'INQUIRY_APPEAL',
      veracity: 'UNVERIFIED',
      field: 'LAND_ACQUISITION',
      grade: 'III',
      reasoning: '研判',
    });
    await step(centre, 'listIncident', { incidentId, requirements: '核实' });
    const taskId = await step(centre, 'dispatchTask', {
      incidentId,
      unitId: demoUnitId('donghu'),
      role: 'LEAD',
      requirements: '核实并反馈',
    });
    await step(township, 'signTask', { taskId });
    const progressFrom = marks[marks.length - 1];
    await step(township, 'reportTaskProgress', { taskId, online: ['回应'], offline: ['走访'], note: '进展' });
    const progressTo = marks[marks.length - 1];
    await step(township, 'handInTask', {
      taskId,
      factsFound: '属实',
      measures: '处置',
      result: '完成',
      evidence: [],
    });
    await step(centre, 'reviewTask', { taskId, accept: true, reason: '' });
    await step(centre, 'markIncidentCalmed', { incidentId, note: '已平息' });
    await step(centre, 'closeIncident', { incidentId, summary: '办结' });
    const fullEnd = marks[marks.length - 1];
    // The short path: an incident answered without a task (listed, calmed, closed).
    const shortId = await step(centre, 'reportIncident', {
      channel: 'MONITORING',
      platform: 'WECHAT',
      title: TEMPLATE_TITLE,
      urls: [],
      discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    await step(centre, 'assessIncident', {
      incidentId: shortId,
      nature: 'CONSTRUCTIVE',
      veracity: 'TRUE',
      field: 'OTHER',
      grade: 'IV',
      reasoning: '研判',
    });
    await step(centre, 'listIncident', { incidentId: shortId, requirements: '关注' });
    await step(centre, 'markIncidentCalmed', { incidentId: shortId, note: '已平息' });
    await step(centre, 'closeIncident', { incidentId: shortId, summary: '办结' });

    const rows = async (from: number, to: number) =>
      (
        await owner.query<{
          stream_id: string;
          stream_type: string;
          owning_unit: string;
          event_type: string;
          data: unknown;
          metadata: Record<string, unknown>;
        }>(
          `SELECT stream_id, stream_type, owning_unit, event_type, data, metadata FROM es_events
              WHERE global_position > $1 AND global_position <= $2 ORDER BY transaction_id, global_position`,
          [from, to],
        )
      ).rows.map((r): TemplateEvent => ({
        streamId: r.stream_id,
        streamType: r.stream_type,
        owningUnit: r.owning_unit,
        type: r.event_type,
        data: JSON.stringify(r.data),
        metadata: r.metadata,
      }));
    const template = await rows(orgEnd, fullEnd);
    const short = await rows(fullEnd, marks[marks.length - 1]);
    const progress = await rows(progressFrom, progressTo);
    // Where each stage ends, in template events (a prefix of the log is a consistent incident).
    const cuts = await Promise.all(
      marks
        .slice(0, marks.indexOf(fullEnd) + 1)
        .map(async (m) =>
          Number(
            (
              await owner.query<{ n: string }>(
                `SELECT count(*) AS n FROM es_events WHERE global_position > $1 AND global_position <= $2`,
                [orgEnd, m],
              )
            ).rows[0].n,
          ),
        ),
    );
    log(
      'template incident',
      `${template.length} events in ${new Set(template.map((e) => e.streamId)).size} streams (${[...new Set(template.map((e) => e.type))].join(', ')}); stages end at ${cuts.join('/')}`,
    );

    // The demo county's organization (county and unit streams): cloned for the other counties.
    const org = (await rows(0, orgEnd)).filter((e) => /^(County|Unit)/.test(e.streamType));
    const demoUnits = [...new Set(org.filter((e) => e.streamType.startsWith('Unit')).map((e) => e.streamId))];
    const unitUuids = new Set(
      (await owner.query<{ unit_id: string }>(`SELECT unit_id FROM unit_view`)).rows.map((r) => r.unit_id),
    );
    const userUuids = (await owner.query<{ user_id: string }>(`SELECT user_id FROM user_view`)).rows.map(
      (r) => r.user_id,
    );
    log(
      'organization template',
      `${org.length} events, ${demoUnits.length} unit streams, ${unitUuids.size} units`,
    );
    const townships = ['donghu', 'xishan', 'nanping', 'beicheng'].map(demoUnitId);
    /** County c's map of fixed ids: its own units (county 0 is the demo county itself), users as they are. */
    const countyMaps = Array.from({ length: COUNTIES }, (_, c) => {
      const m = new Map<string, string>(userUuids.map((u) => [u, u]));
      for (const u of unitUuids) m.set(u, c === 0 ? u : randomUUID());
      return m;
    });

    // 2. Seeding, the projections stopped: appends only, as a migration from another system would write them.
    server.app.get(ProjectionRunner).stop();
    const store = server.app.get(EventStore);
    const seedStarted = process.hrtime.bigint();
    let events = 0;
    let pending: Promise<unknown>[] = [];
    const flush = async () => {
      await Promise.all(pending);
      pending = [];
    };
    const appendStreams = (list: TemplateEvent[], texts: string[], fixed: Map<string, string>) => {
      const fresh = new Map<string, string>();
      const streams = new Map<
        string,
        {
          type: string;
          unit: string;
          shared: boolean;
          events: { type: string; data: Record<string, unknown> }[];
          meta: Record<string, unknown>;
        }
      >();
      list.forEach((e, i) => {
        const id = cloneIds(e.streamId, fixed, fresh);
        let s = streams.get(id);
        if (!s) {
          const meta = JSON.parse(cloneIds(JSON.stringify(e.metadata), fixed, fresh)) as Record<
            string,
            unknown
          >;
          delete meta.idempotencyKey;
          s = {
            type: e.streamType,
            unit: fixed.get(e.owningUnit) ?? e.owningUnit,
            // A stream named by a unit or person (not by the incident's own ids) is shared across clones.
            shared:
              [...e.streamId.matchAll(UUID)].some((m) => fixed.has(m[0])) ||
              !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(e.streamId),
            events: [],
            meta,
          };
          streams.set(id, s);
        }
        s.events.push({
          type: e.type,
          data: JSON.parse(cloneIds(texts[i], fixed, fresh)) as Record<string, unknown>,
        });
      });
      for (const [streamId, s] of streams) {
        events += s.events.length;
        pending.push(
          store.append({
            streamId,
            streamType: s.type,
            owningUnit: s.unit,
            expectedVersion: s.shared ? 'any' : 'no-stream',
            events: s.events,
            metadata: s.meta as never,
          }),
        );
      }
    };
    // Other counties' organizations first.
    for (let c = 1; c < COUNTIES; c++) {
      const stem = STEMS[c % STEMS.length];
      appendStreams(
        org,
        org.map((e) => e.data.replaceAll('清水', stem).replaceAll('qingshui', `bench-${c}`)),
        countyMaps[c],
      );
      if (pending.length >= IN_FLIGHT) await flush();
    }
    await flush();
    const orgFixed = countyMaps.map((m) => m);
    // Incidents over the past year, newest last; the template's times moved back to the clone's.
    const now = Date.now();
    const templateAt = now;
    const barWidth = 30;
    const started = Date.now();
    let lastDraw = 0;
    const draw = (i: number) => {
      const share = i / INCIDENTS;
      const line = `  seeding [${'#'.repeat(Math.round(share * barWidth)).padEnd(barWidth, '.')}] ${(share * 100).toFixed(0).padStart(3)}% ${i}/${INCIDENTS} incidents, ${events} events (${Math.round(events / Math.max(0.001, (Date.now() - started) / 1000))}/s), ${((Date.now() - started) / 1000).toFixed(0)} s`;
      if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
      else if (Date.now() - lastDraw > 10_000 || i === INCIDENTS) {
        // Not a terminal (a log file): a line every ten seconds.
        lastDraw = Date.now();
        process.stderr.write(`${line}\n`);
      }
    };
    for (let i = 0; i < INCIDENTS; i++) {
      const c = i % COUNTIES;
      const ageDays = ((INCIDENTS - i) / INCIDENTS) * 365;
      const at = now - ageDays * DAY_MS - (i % 1440) * 60_000;
      // Older incidents are mostly closed; the last month's are at every stage of the loop.
      const r = (i * 2654435761) % 1000;
      const stage =
        ageDays > 30
          ? r < 900
            ? cuts.length - 1
            : r < 950
              ? cuts.length - 2
              : 3 + (r % (cuts.length - 4))
          : r % cuts.length;
      const cut = cuts[stage];
      // The events' target shared out: a closed incident takes the short path when the whole loop would overshoot
      // it, and incidents in hand get more progress reports when the log falls behind it.
      const target = (EVENTS * (i + 1)) / INCIDENTS;
      const closedShort = stage === cuts.length - 1 && events + cut > target;
      const repeat =
        !closedShort && cut > cuts[5]
          ? Math.max(0, Math.min(40, Math.round((target - events - cut) / Math.max(1, progress.length))))
          : 0;
      let list = closedShort ? short : template.slice(0, cut);
      if (repeat) {
        const p = template.findIndex(
          (e) => e.type === progress[0].type && e.streamId === progress[0].streamId,
        );
        list = [
          ...list.slice(0, p + progress.length),
          ...Array.from({ length: repeat }, () => progress).flat(),
          ...list.slice(p + progress.length),
        ];
      }
      const shift = templateAt - at;
      const fixed = new Map(orgFixed[c]);
      // The township that handles it: the demo's 东湖镇 swapped with one of the four.
      const t = townships[((i / COUNTIES) % townships.length) | 0];
      if (t !== townships[0]) {
        fixed.set(townships[0], countyMaps[c].get(t)!);
        fixed.set(t, countyMaps[c].get(townships[0])!);
      }
      const title = titleOf(i);
      const stem = STEMS[c % STEMS.length];
      appendStreams(
        list,
        list.map((e) => {
          let text = e.data
            .replace(ISO, (s) => new Date(Date.parse(s) - shift).toISOString())
            .replaceAll(TEMPLATE_TITLE, title);
          if (c > 0) text = text.replaceAll('清水', stem).replaceAll('qingshui', `bench-${c}`);
          return text;
        }),
        fixed,
      );
      if (pending.length >= IN_FLIGHT) {
        await flush();
        draw(i + 1);
      }
    }
    await flush();
    draw(INCIDENTS);
    if (process.stderr.isTTY) process.stderr.write('\n');
    const seedSeconds = Number(process.hrtime.bigint() - seedStarted) / 1e9;
    const totalEvents = Number(
      (await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`)).rows[0].n,
    );
    log(
      'seeded',
      `${events} events in ${seedSeconds.toFixed(1)} s (${Math.round(events / seedSeconds)} events/s); ${totalEvents} in the log`,
    );

    // 3. The projections build every read model from the log, in a process of their own: `npm run seed` catches
    // every projection up (one shared pass over the log) before it finds the demo county there.
    await server.close();
    const built = await childWithRss('dist/apps/cli/src/seed.js', [], bench.db.ownerUrl);
    const catchSeconds = built.seconds;
    log(
      'read models built from the log (all projections, one pass, own process)',
      `${catchSeconds.toFixed(1)} s (${Math.round(totalEvents / catchSeconds)} events/s); RSS peak ${built.peakMb} MB (first quarter ${built.firstQuarterMb}, last quarter ${built.lastQuarterMb})`,
    );
    server = await bench.start();
    const broken = server.app.get(ProjectionRunner).brokenProjections();
    if (broken.length) throw new Error(`projections broken: ${JSON.stringify(broken)}`);
    const figures: SeedFigures = {
      logEvents: totalEvents,
      incidents: INCIDENTS,
      counties: COUNTIES,
      seedSeconds: round1(seedSeconds),
      seedEventsPerSec: Math.round(events / seedSeconds),
      buildReadModelsSeconds: round1(catchSeconds),
      buildReadModelsEventsPerSec: Math.round(totalEvents / catchSeconds),
      buildReadModelsPeakRssMb: built.peakMb,
      buildReadModelsFirstQuarterPeakRssMb: built.firstQuarterMb,
      buildReadModelsLastQuarterPeakRssMb: built.lastQuarterMb,
    };
    await owner.query(`CREATE TABLE bench_scale_figures (figures jsonb NOT NULL)`);
    await owner.query(`INSERT INTO bench_scale_figures VALUES ($1)`, [figures]);
  } finally {
    await server.close();
  }
}

/** p50/p99 of the wall clock over RUNS runs, after a few to warm up. */
async function timeRuns(op: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 5; i++) await op();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await op();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

/**
 * The console's queries as its people send them — the centre's duty officer on the dashboard and the incident
 * list, the township's handler on 待办, the auditor on an incident's history — each beside the bare indexed SELECT
 * of the same rows (as the database's owner, no row security, no GraphQL), in the same run.
 */
async function measureReads(bench: Bench): Promise<Record<string, number>> {
  const { owner, http } = bench;
  // A restart on a log whose read models are built: until it listens (every projection caught up from its stored
  // checkpoint; ADR 0029 stores the positions of projections that only skipped).
  const startAt = process.hrtime.bigint();
  const server = await bench.start();
  const apiStartSeconds = round1(Number(process.hrtime.bigint() - startAt) / 1e9);
  log('API start-up on the built log (until it listens)', `${apiStartSeconds} s`);
  try {
    const url = `${server.url}/graphql`;
    const token = async (username: string) =>
      (
        await http.call<{ login: { accessToken: string } }>(url, 'login', LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
      ).login.accessToken;
    const [centre, township, auditor] = await Promise.all(['zhouming', 'lina', 'qianjun'].map(token));
    const county = 'qingshui';
    const donghu = demoUnitId('donghu');
    const sql = (text: string, params: unknown[]) => () => owner.query(text, params);
    const inCounty = (
      await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM incident_view WHERE county_id = $1`, [
        county,
      ])
    ).rows[0].n;
    // The incident with the longest record in the county: its timeline and its audit history.
    const longest = (
      await owner.query<{ id: string }>(
        `SELECT incident_id AS id FROM incident_view WHERE county_id = $1 ORDER BY version DESC LIMIT 1`,
        [county],
      )
    ).rows[0].id;
    // A deep page: the closed incidents after the 1,000th, by a cursor as the list hands them out.
    const deep = (
      await owner.query<{ at: Date; id: string }>(
        `SELECT reported_at AS at, incident_id AS id FROM incident_view WHERE county_id = $1 AND status = 'CLOSED'
        ORDER BY reported_at DESC, incident_id DESC OFFSET 999 LIMIT 1`,
        [county],
      )
    ).rows[0];
    const after = deep ? encodeCursor([deep.at.toISOString(), deep.id]) : undefined;
    const COLS = `incident_id, title, grade, status, platform, channel, reported_at, reporting_unit_id, confidential, field, nature`;
    const page = (where: string, size = 21) =>
      `SELECT ${COLS} FROM incident_view WHERE county_id = $1 AND ${where}
        ORDER BY reported_at DESC, incident_id DESC LIMIT ${size}`;
    const count = (where: string) => `SELECT count(*) FROM incident_view WHERE county_id = $1 AND ${where}`;
    const withTasks = (rows: { incident_id: string }[]) =>
      owner.query(
        `SELECT task_id, incident_id, status, due_at FROM task_view WHERE incident_id = ANY($1::uuid[])`,
        [rows.map((r) => r.incident_id)],
      );
    const listRef =
      (where: string, params: unknown[], size = 21) =>
      async () => {
        const [r] = await Promise.all([
          owner.query<{ incident_id: string }>(page(where, size), params),
          owner.query(count(where), params),
        ]);
        await withTasks(r.rows);
      };

    const cases: {
      key: string;
      label: string;
      query: () => Promise<unknown>;
      reference: () => Promise<unknown>;
    }[] = [
      {
        key: 'dashboard',
        label: '工作台 dashboard (ConsoleDashboard: 9 counts + 60 open incidents with tasks, letters)',
        query: () => http.call(url, 'ConsoleDashboard', CONSOLE_DASHBOARD, { open: OPEN }, centre),
        reference: async () => {
          const open = await owner.query<{ incident_id: string }>(page('status = ANY($2)', 60), [
            county,
            OPEN,
          ]);
          await Promise.all([
            owner.query(
              `SELECT grade, status, count(*) FROM incident_view WHERE county_id = $1 GROUP BY grade, status`,
              [county],
            ),
            withTasks(open.rows),
            owner.query(`SELECT letter_id FROM letter_view WHERE incident_id = ANY($1::uuid[])`, [
              open.rows.map((r) => r.incident_id),
            ]),
          ]);
        },
      },
      {
        key: 'figures',
        label: '工作台 figures (ConsoleFigures: dashboard(days: 30))',
        query: () => http.call(url, 'ConsoleFigures', CONSOLE_FIGURES, {}, centre),
        reference: sql(
          `SELECT assignee_unit_id, count(*), count(*) FILTER (WHERE late) FROM task_view
            WHERE county_id = $1 AND dispatched_at > now() - interval '30 days' GROUP BY assignee_unit_id`,
          [county],
        ),
      },
      {
        key: 'listFiltered',
        label: '事件列表 incidents, status open × grade III/IV, page 1',
        query: () =>
          http.call(
            url,
            'ConsoleIncidents',
            CONSOLE_INCIDENTS,
            { first: 20, filter: { status: OPEN, grade: ['III', 'IV'] } },
            centre,
          ),
        reference: listRef('status = ANY($2) AND grade = ANY($3)', [county, OPEN, ['III', 'IV']]),
      },
      {
        key: 'listDeep',
        label: '事件列表 incidents, closed, the page after the 1,000th (keyset cursor)',
        query: () =>
          http.call(
            url,
            'ConsoleIncidents',
            CONSOLE_INCIDENTS,
            { first: 20, after, filter: { status: ['CLOSED'] } },
            centre,
          ),
        reference: listRef(`status = 'CLOSED' AND (reported_at, incident_id) < ($2, $3)`, [
          county,
          deep?.at,
          deep?.id,
        ]),
      },
      {
        key: 'search',
        label: '事件列表 incidents, title search 征地, page 1',
        query: () =>
          http.call(
            url,
            'ConsoleIncidents',
            CONSOLE_INCIDENTS,
            { first: 20, filter: { text: '征地' } },
            centre,
          ),
        reference: listRef(`title LIKE $2`, [county, '%征地%']),
      },
      {
        key: 'inbox',
        label: '待办 inbox of 东湖镇 (ConsoleInbox, first 50)',
        query: () => http.call(url, 'ConsoleInbox', CONSOLE_INBOX, {}, township),
        reference: async () => {
          await Promise.all([
            owner.query(
              `SELECT * FROM task_view WHERE assignee_unit_id = $1 AND status NOT IN ('ACCEPTED', 'CANCELLED')
                ORDER BY due_at LIMIT 50`,
              [donghu],
            ),
            owner.query(
              `SELECT count(*) FROM task_view WHERE assignee_unit_id = $1 AND status NOT IN ('ACCEPTED', 'CANCELLED')`,
              [donghu],
            ),
          ]);
        },
      },
      {
        key: 'timeline',
        label: '时间线 an incident timeline (the longest in the county)',
        query: () => http.call(url, 'ConsoleTimeline', CONSOLE_TIMELINE, { id: longest }, centre),
        reference: sql(`SELECT * FROM incident_timeline WHERE incident_id = $1`, [longest]),
      },
      {
        key: 'history',
        label: '审计 incidentHistory of the same incident (auditor)',
        query: () => http.call(url, 'ConsoleAuditHistory', CONSOLE_HISTORY, { id: longest }, auditor),
        // The audit log's own read (IncidentLog): every event naming the incident, in log order.
        reference: sql(
          `SELECT ${EVENT_COLUMNS} FROM es_events WHERE data ? 'incidentId' AND data->>'incidentId' = $1
            ORDER BY transaction_id, global_position`,
          [longest],
        ),
      },
    ];
    const result: Record<string, number> = { incidentsInCounty: inCounty, apiStartSeconds };
    const rows: [string, string][] = [];
    const rss: number[] = [process.memoryUsage().rss];
    for (const c of cases) {
      const ref = await timeRuns(c.reference);
      const q = await timeRuns(c.query);
      rss.push(process.memoryUsage().rss);
      const key = c.key[0].toUpperCase() + c.key.slice(1);
      result[`p50${key}Ms`] = round1(q.p50);
      result[`p99${key}Ms`] = round1(q.p99);
      result[`reference${key}P99Ms`] = round1(ref.p99);
      const line = `p50 ${q.p50.toFixed(1)} ms, p99 ${q.p99.toFixed(1)} ms | reference p50 ${ref.p50.toFixed(1)} ms, p99 ${ref.p99.toFixed(1)} ms${q.p99 < 100 ? '' : '  (goal p99 < 100 ms: not met)'}`;
      rows.push([c.label, line]);
      log(c.label, line);
    }
    result.readsRssStartMb = Math.round(rss[0] / 1048576);
    result.readsRssEndMb = Math.round(rss[rss.length - 1] / 1048576);
    const width = Math.max(...rows.map(([n]) => n.length));
    process.stdout.write(`\n${'query (as a signed-in user of 清水县)'.padEnd(width)}  result\n`);
    for (const [n, v] of rows) process.stdout.write(`${n.padEnd(width)}  ${v}\n`);
    return result;
  } finally {
    await server.close();
  }
}

/**
 * `npm run rebuild` of the read models (BENCH_SCALE_REBUILD: a list, or all) in a process of its own, its resident
 * memory sampled every 250 ms: flat means the last quarter's peak is no higher than the first quarter's.
 */
async function rebuildReadModels(bench: Bench): Promise<Record<string, number>> {
  const args = REBUILD === 'all' ? ['--all'] : REBUILD.split(',');
  const run = await childWithRss('dist/apps/cli/src/rebuild.js', args, bench.db.ownerUrl);
  const figures = {
    rebuildSeconds: round1(run.seconds),
    rebuildProjections: (run.out.match(/rebuilt /g) ?? []).length,
    rebuildPeakRssMb: run.peakMb,
    rebuildFirstQuarterPeakRssMb: run.firstQuarterMb,
    rebuildLastQuarterPeakRssMb: run.lastQuarterMb,
  };
  log(
    'rebuild of the read models, own process',
    `${figures.rebuildProjections} projections (${REBUILD}) in ${run.seconds.toFixed(0)} s; RSS peak ${run.peakMb} MB (first quarter ${run.firstQuarterMb}, last quarter ${run.lastQuarterMb})`,
  );
  return figures;
}

/**
 * Runs a CLI script against the bench database in a process of its own, its resident memory sampled every 250 ms:
 * flat means the last quarter's peak is no higher than the first quarter's (start-up included in the first).
 */
async function childWithRss(
  script: string,
  args: string[],
  databaseUrl: string,
): Promise<{ seconds: number; out: string; peakMb: number; firstQuarterMb: number; lastQuarterMb: number }> {
  const started = process.hrtime.bigint();
  const samples: number[] = [];
  const child = spawn(process.execPath, [path.resolve(script), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    process.stderr.write(d);
  });
  const timer = setInterval(() => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (kb) samples.push(Number(kb[1]) / 1024);
    } catch {
      /* the process has just ended */
    }
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const peak = (xs: number[]) => Math.round(Math.max(0, ...xs));
  return {
    seconds: since(started),
    out,
    peakMb: peak(samples),
    firstQuarterMb: peak(samples.slice(0, quarter)),
    lastQuarterMb: peak(samples.slice(-quarter)),
  };
}

void main().catch((err) => {
  process.stderr.write(`scale bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
