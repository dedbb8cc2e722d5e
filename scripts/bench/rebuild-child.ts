import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { scopeSettings, SYSTEM_SCOPE } from '@app/access';
import { EventSchemaRegistry, EventStore, ProjectionRunner } from '@app/event-store';
import { IncidentEventType, IncidentView, IncidentViewProjection } from '@app/incidents';
import { SystemClock } from '@app/kernel';

/**
 * Rebuilds incident-view in a process of its own, so that its peak resident memory is the rebuild's alone.
 * Prints one JSON line: events, seconds, peak RSS.
 */
async function main(): Promise<void> {
  const url = process.argv[2];
  const pool = new Pool({ connectionString: url, max: 4 });
  const schemas = new EventSchemaRegistry()
    .define(IncidentEventType.Reported)
    .define(IncidentEventType.Assessed);
  const store = new EventStore({ pool, clock: new SystemClock(), schemas });
  const ds = await new DataSource({ type: 'postgres', url, entities: [IncidentView] }).initialize();
  const runner = new ProjectionRunner(ds, store, [new IncidentViewProjection()], {
    batchSize: 2000,
    // Projections write read models in the row-security scope meant for them.
    transactionSettings: scopeSettings(SYSTEM_SCOPE),
  });
  const started = process.hrtime.bigint();
  const result = await runner.rebuild('incident-view');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `${JSON.stringify({ events: result.processed, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
  await ds.destroy();
  await pool.end();
}

void main();
