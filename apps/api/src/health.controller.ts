import { Controller, Get } from '@nestjs/common';
import { ProjectionRunner } from '@app/event-store';
import { TimerService } from '@app/timers';

interface Health {
  status: 'ok' | 'degraded';
  brokenReadModels?: { name: string; error: string }[];
  lateTimers?: { late: number; oldestDueAt: Date };
}

/**
 * For load balancers and start-up scripts: answers once the server accepts requests. A read model that cannot
 * apply the log (a projection bug, a bad event) makes it `degraded` and named, while commands carry on; so do timers
 * left unrun well past their time (the queue or the workers are stuck: reminders and 督办 are not going out).
 */
@Controller('healthz')
export class HealthController {
  constructor(
    private readonly projections: ProjectionRunner,
    private readonly timers: TimerService,
  ) {}

  @Get()
  async health(): Promise<Health> {
    const broken = this.projections.brokenProjections();
    const late = await this.timers.backlog().catch(() => null);
    const health: Health = { status: broken.length || late ? 'degraded' : 'ok' };
    if (broken.length) health.brokenReadModels = broken;
    if (late) health.lateTimers = late;
    return health;
  }
}
