import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { APP_POOL, DATABASE_URLS, DatabaseUrls } from '@app/database';
import { Clock } from '@app/kernel';
import { EventSchemaRegistry } from './event-schema-registry';
import { CommandExecutor } from './decider/command-executor';
import { SerialNumbers } from './decider/serial-numbers';
import { EventStore } from './event-store';
import { CheckpointWitness } from './integrity/checkpoint-witness';
import { IndependentWitness } from './integrity/independent-witness';
import { LogSealer } from './integrity/log-sealer';
import { LogSigningKey } from './integrity/log-signing-key';
import { LogVerifier } from './integrity/log-verifier';
import { HashAlgorithm } from './hashing';
import { LiveEventFeed } from './live-event-feed';
import { LogNotifier } from './log-notifier';
import { ProjectionRunner, ProjectionRunnerOptions } from './projections/projection-runner';

/** How often the global log is sealed into a checkpoint (ms); 0 turns periodic sealing off. */
export const SEAL_INTERVAL_MS = Symbol('SEAL_INTERVAL_MS');
/** False in command-line tools: no LISTEN, no background catch-up, no sealing. */
export const LIVE_EVENT_PROCESSING = Symbol('LIVE_EVENT_PROCESSING');
/**
 * Settings made at the start of every projection transaction (`ProjectionRunnerOptions.transactionSettings`): the
 * application puts projections in the row-security scope that may write read models.
 */
export const PROJECTION_TRANSACTION_SETTINGS = Symbol('PROJECTION_TRANSACTION_SETTINGS');

/** How the log is made tamper-evident in this deployment (ADR 0005, 0008). */
export interface LogIntegrity {
  hashAlgorithm: HashAlgorithm;
  /** Signs checkpoints; kept outside the database. */
  signingKey: LogSigningKey;
  /** Keeps checkpoint heads outside the database. */
  witness: CheckpointWitness;
  /** Checkpoints sealed before this deployment signed (an upgraded log); 0 when it always signed. */
  unsignedThrough?: number;
  /** Another deployment, beyond this operator's reach, that countersigns each checkpoint (AUDIT_WITNESS_URL). */
  independentWitness?: IndependentWitness;
}
export const LOG_INTEGRITY = Symbol('LOG_INTEGRITY');

const witnessLogger = new Logger('Witness');

/**
 * Starts the live parts once every module has registered its projections and event schemas (in onModuleInit):
 * LISTEN/NOTIFY, projection catch-up, periodic sealing.
 */
@Injectable()
export class EventStoreLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe: (() => void)[] = [];
  private sealTimer?: NodeJS.Timeout;
  private readonly logger = new Logger('EventStore');

  constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly notifier: LogNotifier,
    private readonly sealer: LogSealer,
    private readonly feed: LiveEventFeed,
    @Inject(SEAL_INTERVAL_MS) private readonly sealIntervalMs: number,
    @Inject(LIVE_EVENT_PROCESSING) private readonly live: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.live) return;
    await this.notifier.start();
    await this.feed.start();
    this.unsubscribe.push(
      this.notifier.subscribe(() => {
        this.runner.notifyFromElsewhere();
        this.feed.wake();
      }),
    );
    this.unsubscribe.push(
      this.store.onAppended((last) => {
        this.runner.notify(last);
        this.feed.wake();
      }),
    );
    await this.runner.start();
    if (this.sealIntervalMs > 0) {
      this.sealTimer = setInterval(
        () =>
          void this.sealer.sealPending().catch((err: unknown) =>
            // Sealing retries on the next tick; a witness that cannot be written must not go unnoticed.
            this.logger.warn(`封存失败 / sealing failed: ${(err as Error)?.message ?? String(err)}`),
          ),
        this.sealIntervalMs,
      );
      this.sealTimer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sealTimer) clearInterval(this.sealTimer);
    for (const u of this.unsubscribe) u();
    this.runner.stop();
    this.feed.stop();
    await this.notifier.stop();
  }
}

@Global()
@Module({
  providers: [
    EventSchemaRegistry,
    {
      provide: EventStore,
      inject: [APP_POOL, Clock, EventSchemaRegistry, LOG_INTEGRITY],
      useFactory: (pool: Pool, clock: Clock, schemas: EventSchemaRegistry, integrity: LogIntegrity) =>
        new EventStore({ pool, clock, schemas, hashAlgorithm: integrity.hashAlgorithm }),
    },
    {
      provide: ProjectionRunner,
      inject: [DataSource, EventStore, PROJECTION_TRANSACTION_SETTINGS],
      useFactory: (
        ds: DataSource,
        store: EventStore,
        settings: ProjectionRunnerOptions['transactionSettings'],
      ) =>
        new ProjectionRunner(ds, store, [], {
          transactionSettings: settings,
          onBroken: (name, error) =>
            new Logger('Projections').error(
              `Projection ${name} stopped applying events (its read model lags; /healthz reports it): ${error.message}`,
            ),
        }),
    },
    {
      provide: LogNotifier,
      inject: [DATABASE_URLS, EventStore],
      useFactory: (urls: DatabaseUrls, store: EventStore) => new LogNotifier(urls.appUrl, store.notifyToken),
    },
    {
      provide: LogSealer,
      inject: [APP_POOL, EventStore, Clock, LOG_INTEGRITY],
      useFactory: (pool: Pool, store: EventStore, clock: Clock, integrity: LogIntegrity) =>
        new LogSealer(pool, store, clock, {
          signingKey: integrity.signingKey,
          witness: integrity.witness,
          independentWitness: integrity.independentWitness,
          onWitnessProblem: (err) =>
            witnessLogger.warn(
              `独立见证方未副签（下次封存重试）/ the independent witness did not countersign (retried at the next seal): ${err instanceof Error ? err.message : String(err)}`,
            ),
        }),
    },
    {
      provide: LogVerifier,
      inject: [APP_POOL, LOG_INTEGRITY],
      useFactory: (pool: Pool, integrity: LogIntegrity) =>
        new LogVerifier(pool, {
          publicKey: integrity.signingKey.publicKey,
          witness: integrity.witness,
          independentWitness: integrity.independentWitness,
          unsignedThrough: integrity.unsignedThrough ?? 0,
        }),
    },
    {
      provide: CommandExecutor,
      inject: [EventStore, ProjectionRunner],
      useFactory: (store: EventStore, runner: ProjectionRunner) => new CommandExecutor(store, runner),
    },
    {
      provide: SerialNumbers,
      inject: [EventStore, CommandExecutor],
      useFactory: (store: EventStore, executor: CommandExecutor) => new SerialNumbers(store, executor),
    },
    {
      provide: LiveEventFeed,
      inject: [EventStore],
      useFactory: (store: EventStore) => new LiveEventFeed(store),
    },
    EventStoreLifecycle,
  ],
  exports: [
    EventSchemaRegistry,
    EventStore,
    ProjectionRunner,
    LogSealer,
    LogVerifier,
    CommandExecutor,
    SerialNumbers,
    LiveEventFeed,
    LogNotifier,
  ],
})
export class EventStoreModule {}
