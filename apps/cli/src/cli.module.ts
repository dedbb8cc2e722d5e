import { DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseModule, DatabaseUrls } from '@app/database';
import { EventStoreModule, LIVE_EVENT_PROCESSING, SEAL_INTERVAL_MS } from '@app/event-store';
import { IncidentsModule } from '@app/incidents';
import { Clock, SystemClock } from '@app/kernel';

@Global()
@Module({})
class CliCoreModule {
  static forRoot(): DynamicModule {
    return {
      module: CliCoreModule,
      providers: [
        { provide: Clock, useValue: new SystemClock() },
        { provide: SEAL_INTERVAL_MS, useValue: 0 },
        { provide: LIVE_EVENT_PROCESSING, useValue: false },
      ],
      exports: [Clock, SEAL_INTERVAL_MS, LIVE_EVENT_PROCESSING],
    };
  }
}

/** The domain modules without HTTP or live processing: for maintenance commands. */
@Module({})
export class CliModule {
  static forRoot(urls: DatabaseUrls): DynamicModule {
    return {
      module: CliModule,
      imports: [CliCoreModule.forRoot(), DatabaseModule.forRoot(urls, 4), EventStoreModule, IncidentsModule],
    };
  }
}
