import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { requestContextFrom, HttpRequestLike } from '@app/access';
import { DatabaseModule, DatabaseUrls } from '@app/database';
import { EventStoreModule, LIVE_EVENT_PROCESSING, SEAL_INTERVAL_MS } from '@app/event-store';
import { createErrorFormatter, GraphqlExceptionFilter, localizeErrorsPlugin } from '@app/graphql';
import { IncidentsModule } from '@app/incidents';
import { Clock, SystemClock } from '@app/kernel';
import { AppConfig } from './app-config';
import { HealthController } from './health.controller';

export interface AppModuleOptions {
  urls: DatabaseUrls;
  config: AppConfig;
  /** Tests pass a clock they can move. */
  clock?: Clock;
  poolSize?: number;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: SEAL_INTERVAL_MS, useValue: options.config.sealIntervalMs },
        { provide: LIVE_EVENT_PROCESSING, useValue: true },
      ],
      exports: [Clock, SEAL_INTERVAL_MS, LIVE_EVENT_PROCESSING],
    };
  }
}

const logger = new Logger('GraphQL');

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const production = options.config.production;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        DatabaseModule.forRoot(options.urls, options.poolSize),
        EventStoreModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !production,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: !production,
          context: ({ req }: { req: HttpRequestLike }) => ({ requestContext: requestContextFrom(req) }),
          formatError: createErrorFormatter({
            onUnexpected: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
          }),
          plugins: [localizeErrorsPlugin],
        }),
        IncidentsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
    };
  }
}
