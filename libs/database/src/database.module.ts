import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';

/** The application's pg pool (non-owner role). */
export const APP_POOL = Symbol('APP_POOL');
/** Connection strings of the prepared database. */
export const DATABASE_URLS = Symbol('DATABASE_URLS');

export interface DatabaseUrls {
  appUrl: string;
  ownerUrl: string;
}

class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(APP_POOL) private readonly pool: Pool) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
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
          extra: { max: poolSize, connectionTimeoutMillis: POOL_WAIT_MS },
        }),
      ],
      providers: [
        { provide: DATABASE_URLS, useValue: urls },
        {
          provide: APP_POOL,
          useFactory: () => {
            const pool = new Pool({
              connectionString: urls.appUrl,
              max: poolSize,
              connectionTimeoutMillis: POOL_WAIT_MS,
            });
            pool.on('error', () => undefined);
            return pool;
          },
        },
        PoolCloser,
      ],
      exports: [APP_POOL, DATABASE_URLS, TypeOrmModule],
    };
  }
}
