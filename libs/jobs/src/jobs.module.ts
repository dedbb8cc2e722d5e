import { DynamicModule, Global, Module } from '@nestjs/common';
import { DEFAULT_JOB_QUEUE_OPTIONS, JOB_QUEUE_OPTIONS, JobQueue, JobQueueOptions } from './job-queue';

/** The job queue for every capability that needs one (timers, notification deliveries). */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobQueueOptions> = {}): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        { provide: JOB_QUEUE_OPTIONS, useValue: { ...DEFAULT_JOB_QUEUE_OPTIONS, ...options } },
        JobQueue,
      ],
      exports: [JobQueue],
    };
  }
}
