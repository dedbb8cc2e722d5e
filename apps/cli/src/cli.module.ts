import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule, DatabaseUrls } from '@app/database';
import { EventStoreModule } from '@app/event-store';
import { IdentityModule } from '@app/identity';
import { PlatformModule } from '@app/platform';
import { loadLogIntegrity, RuntimeModule } from '@app/runtime';

/**
 * Every capability the API has (the same PlatformModule, so `rebuild --all` rebuilds every read model the API keeps,
 * with the same timeline descriptions), without HTTP, live processing or periodic work: for maintenance commands.
 */
@Module({})
export class CliModule {
  static forRoot(urls: DatabaseUrls): DynamicModule {
    return {
      module: CliModule,
      imports: [
        RuntimeModule.forRoot({ sealIntervalMs: 0, live: false, integrity: loadLogIntegrity() }),
        DatabaseModule.forRoot(urls, 4),
        EventStoreModule,
        PlatformModule.forRoot({
          identity: IdentityModule.forRoot(),
          // The job queue is used (rebuilt deliveries find their jobs sent), never supervised from here.
          jobs: { supervise: false },
          timers: { tickMs: 0 },
          rosterCheckMs: 0,
          notify: { tickMs: 0 },
        }),
      ],
    };
  }
}
