import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { HttpRequestLike, requestContextFrom } from '@app/access';
import { DatabaseModule, DatabaseUrls, isDatabaseUnavailable } from '@app/database';
import { GraphQLError } from 'graphql';
import { EventStore, EventStoreModule, LogIntegrity } from '@app/event-store';
import { auditorReadsPlugin, recordAuditorRead } from '@app/audit';
import {
  createErrorFormatter,
  GraphqlExceptionFilter,
  InputTextPipe,
  localizeErrorsPlugin,
  StrictDateTime,
} from '@app/graphql';
import { AuthOptions, IdentityModule, SignInService } from '@app/identity';
import { Clock } from '@app/kernel';
import { AppConfig } from './app-config';
import { socketOptions } from './graphql/graphql-socket';
import { refusedBeforeParsing, requestRules } from './graphql/request-rules';
import { HealthController } from './health.controller';
import { PlatformModule } from '@app/platform';
import { RuntimeModule } from '@app/runtime';
import { WitnessModule } from '@app/witness';
import { EvidenceSettings } from '@app/evidence';

export interface AppModuleOptions {
  urls: DatabaseUrls;
  config: AppConfig;
  /** Tests pass a clock they can move. */
  clock?: Clock;
  poolSize?: number;
  auth?: Partial<AuthOptions>;
  /** Hash algorithm, signing key and witness of the log (each test server has its own). */
  integrity: LogIntegrity;
  /** Evidence storage (each test server has its own folder); from the environment when absent. */
  evidence?: EvidenceSettings;
}

const logger = new Logger('GraphQL');

/** Who the caller is could not be asked (the database restarting): a 503 the client may retry, not a 500. */
function unavailable(err: unknown): never {
  if (isDatabaseUnavailable(err))
    throw new GraphQLError('database unavailable', {
      originalError: err as Error,
      extensions: { http: { status: 503 } },
    });
  throw err;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const production = options.config.production;
    const identity = IdentityModule.forRoot({ jwtSecret: options.config.jwtSecret, ...options.auth });
    const rules = requestRules(production);
    const formatError = createErrorFormatter({
      onUnexpected: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
      hideSuggestions: production,
    });
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
          // Orphaned uploads are collected and previews made by the processes that run background work (those that
          // tick timers).
          evidence: {
            settings: options.evidence,
            sweepMs: (options.config.timerTickMs ?? 0) > 0 ? 10 * 60_000 : 0,
            previewMs: (options.config.timerTickMs ?? 0) > 0 ? 5_000 : 0,
          },
        }),
        WitnessModule.forRoot(options.config.witnessPeers ?? []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [identity],
          inject: [SignInService, EventStore, Clock],
          useFactory: (signIn: SignInService, store: EventStore, clock: Clock): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
            playground: false,
            introspection: !production,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            // Automatic persisted queries are not used by the console: off, so a hash is a coded refusal.
            persistedQueries: false,
            includeStacktraceInErrorResponses: !production,
            parseOptions: { maxTokens: rules.maxTokens },
            validationRules: rules.validationRules,
            // The WebSocket: subscriptions only, under the same rules (see graphql-socket.ts). Nest types a few of
            // graphql-ws's options but hands them all to its useServer.
            subscriptions: {
              'graphql-ws': {
                path: '/graphql',
                ...(socketOptions({
                  rules,
                  formatError,
                  authenticate: (bearer) => signIn.authenticate(bearer),
                  recheck: (bearer) => signIn.recheck(bearer),
                  recordRead: (read) => recordAuditorRead(store, clock, read),
                  recheckMs: options.config.socketRecheckMs ?? 60_000,
                }) as GraphQLWsSubscriptionsConfig),
              },
            },
            // Who the caller is comes from the bearer token only: an invalid or ended session is no caller.
            context: async ({ req }: { req: HttpRequestLike & { body?: { query?: unknown } } }) => {
              // Here because it runs before Apollo parses: a 400 instead of a stack overflow.
              const tooDeep = refusedBeforeParsing(req.body?.query);
              if (tooDeep) throw tooDeep;
              const requestContext = requestContextFrom(req);
              if (requestContext.bearer)
                requestContext.principal = await signIn
                  .authenticate(requestContext.bearer)
                  .catch(unavailable);
              return { requestContext };
            },
            formatError,
            // No field carries a cache hint, and Apollo's default cache-control plugin would otherwise wrap every
            // field's resolver to look for one (a tenth of a 1,000-line history's time, scripts/bench/audit.bench.ts).
            plugins: [
              localizeErrorsPlugin,
              auditorReadsPlugin(store, clock),
              ApolloServerPluginCacheControlDisabled(),
            ],
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_PIPE, useClass: InputTextPipe },
      ],
    };
  }
}
