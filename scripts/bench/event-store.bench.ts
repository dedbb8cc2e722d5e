import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Client, Pool } from 'pg';
import { EventSchemaRegistry, EventStore, LOG_START, LogPosition, NewEvent } from '@app/event-store';
import { IncidentEventType } from '@app/incidents';
import { SystemClock } from '@app/kernel';
import { benchDatabase, throughput } from './bench-database';

/**
 * `npm run bench`: the event store against references measured in the same run on the same server.
 * Prints a table for people and, as its last line, one JSON object for machines.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const POOL = 32;
const metadata = () => ({
  actorUser: 'bench',
  actorUnit: 'unit-bench',
  command: 'Bench',
  correlationId: randomUUID(),
});

function incidentEvents(incidentId: string, count: number): NewEvent[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0
      ? {
          type: IncidentEventType.Reported,
          data: {
            incidentId,
            channel: 'MONITORING',
            platform: 'WEIBO',
            urls: ['https://weibo.example/p/1'],
            title: '基准测试事件',
            excerpt: '用于测量重建速度的示例事件',
            discoveredAt: '2026-01-01T00:00:00.000Z',
            spread: { posts: 1, reposts: 2, comments: 3, views: 4, mainstreamMediaPickups: 0 },
            confidential: false,
            reportingUnitId: 'unit-bench',
            reportedBy: 'bench',
            reportedAt: '2026-01-01T00:00:00.000Z',
          },
        }
      : {
          type: IncidentEventType.Assessed,
          data: {
            incidentId,
            nature: 'INQUIRY_APPEAL',
            veracity: 'UNVERIFIED',
            field: 'OTHER',
            grade: ['IV', 'III', 'II', 'I'][i % 4],
            indicators: [`指标 ${i}`],
            reasoning: '基准测试',
            previousGrade: null,
            revision: i,
            assessedBy: 'bench',
            assessedAt: '2026-01-01T00:00:00.000Z',
          },
        },
  );
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const rows: [string, string][] = [];
  const log = (name: string, value: string) => {
    rows.push([name, value]);
    process.stderr.write(`  ${name}: ${value}\n`);
  };
  process.stderr.write(`Benchmarking on ${db.serverLabel}, ${SECONDS} s per measurement\n`);
  try {
    const pool = new Pool({ connectionString: db.appUrl, max: POOL });
    const schemas = new EventSchemaRegistry();
    const store = new EventStore({
      pool,
      clock: new SystemClock(),
      schemas,
      maxConcurrentBatches: process.env.BENCH_BATCHES ? Number(process.env.BENCH_BATCHES) : undefined,
    });

    // 1. Single-event appends to new streams, through the real store (hash chain on).
    const appendPerSec: Record<string, number> = {};
    for (const c of [1, 8, 32]) {
      appendPerSec[`c${c}`] = await throughput(c, SECONDS * 1000, () =>
        store.append({
          streamId: `bench-${randomUUID()}`,
          streamType: 'Bench',
          owningUnit: 'unit-bench',
          expectedVersion: 'no-stream',
          events: [{ type: 'BenchEvent', data: { n: 1, text: '示例' } }],
          metadata: metadata(),
        }),
      );
      log(`append c${c}`, `${appendPerSec[`c${c}`].toFixed(0)} events/s`);
    }

    // 2. Reference: plain pg single-row INSERTs into a table of the same shape, same pool size.
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(
      `CREATE TABLE bench_raw_events (LIKE es_events INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)`,
    );
    await owner.query(`GRANT SELECT, INSERT ON bench_raw_events TO yuqing_app`);
    const rawInsert = await throughput(32, SECONDS * 1000, () =>
      pool.query(
        `INSERT INTO bench_raw_events (event_id, stream_id, stream_type, stream_version, event_type, schema_version, data,
                                       metadata, recorded_at, owning_unit, prev_hash, hash)
         VALUES ($1, $2, 'Bench', 1, 'BenchEvent', 1, $3, $4, now(), 'unit-bench', '', 'sha256:x')`,
        [
          randomUUID(),
          `raw-${randomUUID()}`,
          JSON.stringify({ n: 1, text: '示例' }),
          JSON.stringify(metadata()),
        ],
      ),
    );
    log('raw INSERT c32', `${rawInsert.toFixed(0)} rows/s`);

    // 3. The peer: Emmett's PostgreSQL event store, same server, same pool size.
    const emmettPool = new Pool({ connectionString: db.ownerUrl, max: POOL });
    const emmett = getPostgreSQLEventStore(db.ownerUrl, { connectionOptions: { pool: emmettPool } });
    await emmett.appendToStream(`warmup-${randomUUID()}`, [{ type: 'BenchEvent', data: { n: 0 } }]);
    const emmettPerSec = await throughput(32, SECONDS * 1000, () =>
      emmett.appendToStream(`bench-${randomUUID()}`, [{ type: 'BenchEvent', data: { n: 1, text: '示例' } }]),
    );
    log('emmett c32', `${emmettPerSec.toFixed(0)} events/s`);
    await emmett.close();
    await emmettPool.end().catch(() => undefined);

    if (process.env.BENCH_ONLY === 'appends') {
      process.stdout.write(
        `${JSON.stringify({ appendPerSec, rawInsert, emmettPerSec, ratio: appendPerSec.c32 / rawInsert, vsEmmett: appendPerSec.c32 / emmettPerSec })}\n`,
      );
      await owner.end();
      await pool.end();
      return;
    }

    // 4. Bulk: appends of 100 events at a time (incident streams), filling the log to 100,000 incident events.
    const fill = async (target: number): Promise<number> => {
      let written = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (written < target) {
            written += 100;
            const incidentId = randomUUID();
            await store.append({
              streamId: `incident-${incidentId}`,
              streamType: 'Incident',
              owningUnit: 'unit-bench',
              expectedVersion: 'no-stream',
              events: incidentEvents(incidentId, 100),
              metadata: metadata(),
            });
          }
        }),
      );
      return target / (Number(process.hrtime.bigint() - started) / 1e9);
    };
    const bulkEventsPerSec = await fill(100_000);
    log('bulk append (100 per append)', `${bulkEventsPerSec.toFixed(0)} events/s`);

    // 5. Catch-up reading of the whole log in batches (fenced reads, log order).
    const total = await store.countEvents();
    const tail = await store.logTail();
    if (tail) await store.waitUntilReadable(tail);
    let cursor: LogPosition = LOG_START;
    let read = 0;
    const readStarted = process.hrtime.bigint();
    for (;;) {
      const batch = await store.readLog(cursor, 5000);
      if (batch.length === 0) break;
      read += batch.length;
      const last = batch[batch.length - 1];
      cursor = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    }
    const catchUpEventsPerSec = read / (Number(process.hrtime.bigint() - readStarted) / 1e9);
    log(`catch-up read of ${read} events`, `${catchUpEventsPerSec.toFixed(0)} events/s (log holds ${total})`);

    // 6. Rebuild of incident-view in a child process (its own peak RSS), at ~100k and at ~400k events.
    const rebuild = (): { events: number; seconds: number; peakRssMb: number } => {
      const out = execFileSync(process.execPath, [path.join(__dirname, 'rebuild-child.js'), db.appUrl], {
        encoding: 'utf8',
      });
      return JSON.parse(out.trim().split('\n').pop()!) as {
        events: number;
        seconds: number;
        peakRssMb: number;
      };
    };
    const small = rebuild();
    const rebuildEventsPerSec = small.events / small.seconds;
    log(
      `rebuild incident-view, ${small.events} events`,
      `${rebuildEventsPerSec.toFixed(0)} events/s, peak RSS ${small.peakRssMb.toFixed(0)} MB`,
    );
    await fill(300_000);
    const large = rebuild();
    log(
      `rebuild incident-view, ${large.events} events`,
      `${(large.events / large.seconds).toFixed(0)} events/s, peak RSS ${large.peakRssMb.toFixed(0)} MB`,
    );

    await owner.end();
    await pool.end();

    const result = {
      appendPerSec: {
        c1: Math.round(appendPerSec.c1),
        c8: Math.round(appendPerSec.c8),
        c32: Math.round(appendPerSec.c32),
      },
      rawInsertPerSec: { c32: Math.round(rawInsert) },
      emmettPerSec: { c32: Math.round(emmettPerSec) },
      ratioToRawInsert: Number((appendPerSec.c32 / rawInsert).toFixed(2)),
      ratioToEmmett: Number((appendPerSec.c32 / emmettPerSec).toFixed(2)),
      catchUpEventsPerSec: Math.round(catchUpEventsPerSec),
      rebuildEventsPerSec: Math.round(rebuildEventsPerSec),
      bulkEventsPerSec: Math.round(bulkEventsPerSec),
      rebuildPeakRssMb: Math.round(small.peakRssMb),
      rebuildPeakRssMbLarge: Math.round(large.peakRssMb),
    };
    const width = Math.max(...rows.map(([n]) => n.length));
    process.stdout.write(
      `\n${'measurement'.padEnd(width)}  result\n${'-'.repeat(width)}  ${'-'.repeat(30)}\n`,
    );
    for (const [n, v] of rows) process.stdout.write(`${n.padEnd(width)}  ${v}\n`);
    process.stdout.write(
      `${'ratio to raw INSERT (c32)'.padEnd(width)}  ${result.ratioToRawInsert} (goal ≥ 0.7)\n${'ratio to Emmett (c32)'.padEnd(width)}  ${result.ratioToEmmett} (goal ≥ 3)\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
