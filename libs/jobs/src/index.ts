export { JobDb, jobDbOf, JobQueue, JobQueueOptions, SendOptions, TakenJob } from './job-queue';
export { JobsModule } from './jobs.module';
