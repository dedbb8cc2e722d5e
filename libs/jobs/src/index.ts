export { JobQueue, JobQueueOptions, TakenJob } from './job-queue';
export { JobsModule } from './jobs.module';
