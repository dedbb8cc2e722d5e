import { DynamicModule, Global, Module } from '@nestjs/common';
import { scopeSettings, SYSTEM_SCOPE } from '@app/access';
import {
  LIVE_EVENT_PROCESSING,
  LOG_INTEGRITY,
  LogIntegrity,
  PROJECTION_TRANSACTION_SETTINGS,
  SEAL_INTERVAL_MS,
} from '@app/event-store';
import { Clock, SystemClock } from '@app/kernel';

export interface RuntimeOptions {
  clock?: Clock;
  sealIntervalMs: number;
  /** False for command-line tools. */
  live: boolean;
  integrity: LogIntegrity;
}

/**
 * What every process shares: the clock, and how the event store's background work runs — projections write
 * read models in the 'system' row-security scope.
 */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(options: RuntimeOptions): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: SEAL_INTERVAL_MS, useValue: options.sealIntervalMs },
        { provide: LIVE_EVENT_PROCESSING, useValue: options.live },
        { provide: LOG_INTEGRITY, useValue: options.integrity },
        {
          provide: PROJECTION_TRANSACTION_SETTINGS,
          useValue: scopeSettings(SYSTEM_SCOPE),
        },
      ],
      exports: [
        Clock,
        SEAL_INTERVAL_MS,
        LIVE_EVENT_PROCESSING,
        LOG_INTEGRITY,
        PROJECTION_TRANSACTION_SETTINGS,
      ],
    };
  }
}
