import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { guardClient, guardPool, noteConnectionLost } from './database-errors';
import { DatabaseProbe } from './database-probe';
import { ReplicaReads, StandbySource } from './replica-reads';

/** The application's pg pool (non-owner role). */
export const APP_POOL = Symbol('APP_POOL');
/**
 * TypeORM connections whose sessions are in the row-security scope `system` from the start (a startup setting), for
 * the reads that decide commands after the policy has spoken: each is one statement, with no transaction to open
 * and scope to set. Used for the `system` scope only — never handed to a caller's request.
 */
export const SYSTEM_SCOPE_SOURCE = Symbol('SYSTEM_SCOPE_SOURCE');
/** Connection strings of the prepared database. */
export const DATABASE_URLS = Symbol('DATABASE_URLS');

export interface DatabaseUrls {
  appUrl: string;
  ownerUrl: string;
  /** The application role on a streaming standby (READ_REPLICA_URL), for the reads `ReplicaReads` routes there. */
  replicaUrl?: string;
}

class PoolCloser implements OnApplicationShutdown {
  constructor(
    @Inject(APP_POOL) private readonly pool: Pool,
    @Inject(SYSTEM_SCOPE_SOURCE) private readonly system: DataSource,
    private readonly probe: DatabaseProbe,
    private readonly reads: ReplicaReads,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.reads.close();
    await this.pool.end();
    await this.probe.close();
    if (this.system.isInitialized) await this.system.destroy();
  }
}

/**
 * Connections for a running process: a pg pool for the event store and TypeORM for read models, both as the
 * unprivileged application role. Schema changes never happen here (no `synchronize`): migrations ran before.
 */
/**
 * How long a request waits for a free connection before it fails. Without a limit, an exhausted pool makes
 * requests hang for ever; with one, the caller gets an error and the server stays responsive.
 */
const POOL_WAIT_MS = 10_000;

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(urls: DatabaseUrls, poolSize = 16): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: urls.appUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          // The database was reached and migrated before the app was built: fail at once instead of retrying.
          retryAttempts: 0,
          // Every connection gets its 'error' listener when it is made (see guardPool).
          extra: { max: poolSize, connectionTimeoutMillis: POOL_WAIT_MS, onConnect: guardClient },
          poolErrorHandler: noteConnectionLost,
        }),
      ],
      providers: [
        { provide: DATABASE_URLS, useValue: urls },
        {
          provide: APP_POOL,
          useFactory: () => {
            // Guarded before its first connection: a server restart must cost requests, not the process.
            return guardPool(
              new Pool({
                connectionString: urls.appUrl,
                max: poolSize,
                connectionTimeoutMillis: POOL_WAIT_MS,
              }),
            );
          },
        },
        {
          provide: SYSTEM_SCOPE_SOURCE,
          inject: [DataSource],
          useFactory: (main: DataSource) =>
            new DataSource({
              ...(main.options as PostgresConnectionOptions),
              entities: main.entityMetadatas.map((m) => m.target),
              extra: {
                max: Math.max(2, Math.ceil(poolSize / 4)),
                connectionTimeoutMillis: POOL_WAIT_MS,
                options: '-c app.scope=system -c app.county= -c app.unit=',
                onConnect: guardClient,
              },
            }).initialize(),
        },
        {
          provide: ReplicaReads,
          inject: [APP_POOL, DataSource],
          useFactory: (primary: Pool, main: DataSource) => {
            const replicaUrl = urls.replicaUrl;
            if (!replicaUrl) return new ReplicaReads(primary, null);
            // The application role on the standby (never a privileged one): the same row security as on the primary.
            const standby = new StandbySource(
              () =>
                new DataSource({
                  ...(main.options as PostgresConnectionOptions),
                  url: replicaUrl,
                  entities: main.entityMetadatas.map((m) => m.target),
                  // A standby is read-only: nothing to install there (the primary's migrations did).
                  installExtensions: false,
                  applicationName: 'yuqing-replica-reads',
                  extra: {
                    // It serves most tenant reads: as many connections as the primary's pool.
                    max: poolSize,
                    // A standby that is away is passed over at once, not waited for.
                    connectionTimeoutMillis: 1000,
                    onConnect: guardClient,
                  },
                  poolErrorHandler: noteConnectionLost,
                }),
            );
            // Connected ahead of the first read when it is up; when it is not, the first read tries again.
            void standby.get().catch(() => undefined);
            return new ReplicaReads(primary, standby);
          },
        },
        { provide: DatabaseProbe, useFactory: () => new DatabaseProbe(urls.appUrl) },
        PoolCloser,
      ],
      exports: [APP_POOL, DATABASE_URLS, SYSTEM_SCOPE_SOURCE, TypeOrmModule, DatabaseProbe, ReplicaReads],
    };
  }
}
