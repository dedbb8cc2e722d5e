import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Client } from 'pg';
import { Principal } from '@app/access';
import { DatabaseModule } from '@app/database';
import { DEMO_PASSWORD, DemoSeeder } from '@app/demo';
import { EventStoreModule, FileCheckpointWitness, LogSigningKey } from '@app/event-store';
import { loadEvidenceSettings } from '@app/evidence';
import { IdentityModule, SignInService } from '@app/identity';
import { CommandContext, ManualClock } from '@app/kernel';
import { DEFAULT_NOTIFY_OPTIONS } from '@app/notifications';
import { PlatformModule } from '@app/platform';
import { RuntimeModule } from '@app/runtime';
import { createTestDatabase, TestDatabase } from './test-server';

/**
 * The database tier (STYLE: `.int-spec.ts`): a capability's command handlers and queries run on the real embedded
 * PostgreSQL through Nest's CommandBus and QueryBus — every capability wired as in the API (PlatformModule, live
 * projections, row-level security as the application role), but no HTTP and no GraphQL. One context and one demo
 * county per test file: open it in beforeAll, close it in afterAll, and give each test its own incident or channel
 * instead of truncating tables.
 */
export interface CapabilityFixture {
  app: INestApplicationContext;
  db: TestDatabase;
  commands: CommandBus;
  queries: QueryBus;
  clock: ManualClock;
  /** A demo person, signed in (a full session), as the handlers receive them. */
  as(username: string): Promise<Principal>;
  /** A command's context, as the API builds it for a request of `principal`'s: now, a fresh correlation id. */
  ctx(principal: Principal, idempotencyKey?: string): CommandContext;
  /** A query on the owner connection (no row security): what is really in the tables. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A stream's events in the log, oldest first. */
  events(streamId: string): Promise<{ type: string; data: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

@Module({})
class CapabilityTierModule {
  static forRoot(db: TestDatabase, clock: ManualClock, auditDir: string): DynamicModule {
    return {
      module: CapabilityTierModule,
      imports: [
        RuntimeModule.forRoot({
          clock,
          sealIntervalMs: 0,
          // Projections run as in the API: a command's read model is written before the command returns.
          live: true,
          integrity: {
            hashAlgorithm: 'sha256',
            signingKey: LogSigningKey.generate(),
            witness: new FileCheckpointWitness(join(auditDir, 'witness.jsonl')),
          },
        }),
        DatabaseModule.forRoot({ appUrl: db.appUrl, ownerUrl: db.ownerUrl }, 4),
        EventStoreModule,
        PlatformModule.forRoot({
          identity: IdentityModule.forRoot({ jwtSecret: 'capability-tier-secret-capability-tier' }),
          // Nothing runs on its own: no job supervision, no timer tick (a test fires what it needs).
          jobs: { supervise: false },
          timers: { tickMs: 0 },
          rosterCheckMs: 0,
          notify: { ...DEFAULT_NOTIFY_OPTIONS, tickMs: 0, retryDelaySeconds: 0, production: false },
          evidence: { settings: loadEvidenceSettings({ EVIDENCE_DIR: join(auditDir, 'evidence') }) },
        }),
      ],
    };
  }
}

/** Opens the tier over a fresh database (cloned from the migrated template) with the demo county seeded. */
export async function openCapability(
  label: string,
  options: { now?: string; seed?: boolean } = {},
): Promise<CapabilityFixture> {
  const db = await createTestDatabase(label);
  const auditDir = mkdtempSync(join(tmpdir(), 'yuqing-tier-'));
  // A Tuesday, 09:00 in Beijing: inside working hours, so that deadlines read as the seeds describe them.
  const clock = new ManualClock(options.now ?? '2026-05-12T01:00:00.000Z');
  const app = await NestFactory.createApplicationContext(CapabilityTierModule.forRoot(db, clock, auditDir), {
    logger: ['error'],
  });
  await app.init();
  if (options.seed ?? true) await app.get(DemoSeeder).seed();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const principals = new Map<string, Principal>();
  return {
    app,
    db,
    commands: app.get(CommandBus),
    queries: app.get(QueryBus),
    clock,
    as: async (username) => {
      let p = principals.get(username);
      if (!p) {
        p = (await app.get(SignInService).login({ username, password: DEMO_PASSWORD }, '127.0.0.1'))
          .principal;
        principals.set(username, p);
      }
      return p;
    },
    ctx: (principal, idempotencyKey) => ({
      actor: principal,
      now: clock.now(),
      correlationId: randomUUID(),
      idempotencyKey,
    }),
    sql: async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[],
    events: async (streamId) =>
      (
        await owner.query(
          `SELECT event_type AS type, data FROM es_events WHERE stream_id = $1 ORDER BY global_position`,
          [streamId],
        )
      ).rows as { type: string; data: Record<string, unknown> }[],
    close: async () => {
      await owner.end();
      await app.close();
      await db.drop();
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}
