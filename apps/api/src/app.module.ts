import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { HttpRequestLike, requestContextFrom } from '@app/access';
import { DatabaseModule, DatabaseUrls } from '@app/database';
import { EventStore, EventStoreModule, LogIntegrity } from '@app/event-store';
import { auditorReadsPlugin } from '@app/audit';
import { createErrorFormatter, GraphqlExceptionFilter, localizeErrorsPlugin } from '@app/graphql';
import { AuthOptions, IdentityModule, SignInService } from '@app/identity';
import { Clock } from '@app/kernel';
import { AppConfig } from './app-config';
import { HealthController } from './health.controller';
import { PlatformModule } from '@app/platform';
import { RuntimeModule } from '@app/runtime';

export interface AppModuleOptions {
  urls: DatabaseUrls;
  config: AppConfig;
  /** Tests pass a clock they can move. */
  clock?: Clock;
  poolSize?: number;
  auth?: Partial<AuthOptions>;
  /** Hash algorithm, signing key and witness of the log (each test server has its own). */
  integrity: LogIntegrity;
}

const logger = new Logger('GraphQL');

/**
 * Limits on what one request may ask (graphql-armor): depth, cost, aliases, directives, tokens. The error formatter
 * turns armor's messages into plain ones that name the limit hit but not its value. In production also: no
 * introspection, no "did you mean", no stack traces.
 */
function armour(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10, exposeLimits: true },
    // Cost counts a Relay page of `first: n` n times: a full page of 100 incidents costs about 16,000.
    costLimit: { maxCost: 50_000, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    maxTokens: { n: 2000, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const production = options.config.production;
    const identity = IdentityModule.forRoot({ jwtSecret: options.config.jwtSecret, ...options.auth });
    const protection = armour(production);
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot({
          clock: options.clock,
          sealIntervalMs: options.config.sealIntervalMs,
          live: true,
          integrity: options.integrity,
        }),
        DatabaseModule.forRoot(options.urls, options.poolSize),
        EventStoreModule,
        // Every capability, from the one list the command-line tools use too (same projections, same schemas).
        PlatformModule.forRoot({
          identity,
          jobs: { maintenanceIntervalSeconds: options.config.jobMaintenanceSeconds ?? 30 },
          timers: {
            tickMs: options.config.timerTickMs ?? 0,
            jobExpireSeconds: options.config.timerJobExpireSeconds ?? 60,
          },
          rosterCheckMs: options.config.rosterCheckMs ?? 0,
          notify: options.config.notify,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [identity],
          inject: [SignInService, EventStore, Clock],
          useFactory: (signIn: SignInService, store: EventStore, clock: Clock): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: !production,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: !production,
            validationRules: protection.validationRules,
            // Subscriptions over graphql-ws; the bearer token travels in the connection parameters.
            subscriptions: { 'graphql-ws': { path: '/graphql' } },
            // Who the caller is comes from the bearer token only: an invalid or ended session is no caller.
            context: async (arg: {
              req?: HttpRequestLike;
              connectionParams?: Record<string, unknown>;
              extra?: { request?: HttpRequestLike };
            }) => {
              const requestContext = requestContextFrom(arg.req ?? arg.extra?.request ?? { headers: {} });
              const wsAuth = arg.connectionParams?.authorization ?? arg.connectionParams?.Authorization;
              if (typeof wsAuth === 'string')
                requestContext.bearer = wsAuth.replace(/^Bearer\s+/i, '').trim();
              if (requestContext.bearer)
                requestContext.principal = await signIn.authenticate(requestContext.bearer);
              return { requestContext };
            },
            formatError: createErrorFormatter({
              onUnexpected: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
            }),
            plugins: [localizeErrorsPlugin, auditorReadsPlugin(store, clock), ...protection.plugins],
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
    };
  }
}
