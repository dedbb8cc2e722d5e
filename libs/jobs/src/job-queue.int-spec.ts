import { createTestDatabase, TestDatabase } from '../../../test/support/test-server';
import { JobQueue } from './job-queue';

/** pg-boss as the application role, on the schema and queues the migration made (ADR 0009). */
describe('JobQueue (pg-boss, non-owner role)', () => {
  let db: TestDatabase;
  let queue: JobQueue;

  beforeAll(async () => {
    db = await createTestDatabase('jobs');
    queue = new JobQueue(
      { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
      { supervise: false, maintenanceIntervalSeconds: 30 },
    );
    await queue.onModuleInit();
  });
  afterAll(async () => {
    await queue.onApplicationShutdown();
    await db.drop();
  });

  it('queues one job per singleton key on the stately timers queue, and a completed job is not taken again', async () => {
    const first = await queue.send('timers', { subject: 'task-1' }, { singletonKey: 'task-1' });
    const second = await queue.send('timers', { subject: 'task-1' }, { singletonKey: 'task-1' });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    const taken = await queue.take<{ subject: string }>('timers', 10);
    expect(taken.map((j) => j.data.subject)).toEqual(['task-1']);
    await queue.complete('timers', taken[0].id);
    expect(await queue.take('timers', 10)).toEqual([]);
  });

  it('hands a job to one taker only, however many ask at once', async () => {
    for (let i = 0; i < 20; i++) await queue.send('timers', { n: i }, { singletonKey: `s-${i}` });
    const batches = await Promise.all([1, 2, 3, 4].map(() => queue.take<{ n: number }>('timers', 20)));
    const ids = batches.flat().map((j) => j.data.n);
    expect(ids.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('is refused schema changes: the application role cannot create queues', async () => {
    await expect(queue.pgBoss.createQueue('made_by_the_app')).rejects.toThrow(/permission denied/);
  });
});
