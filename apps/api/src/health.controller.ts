import { Controller, Get, Res } from '@nestjs/common';
import { DatabaseProbe } from '@app/database';
import { LogNotifier, ProjectionRunner } from '@app/event-store';
import { TimerService } from '@app/timers';

interface Health {
  /** `ok`: serving; `degraded`: serving, with something named below lagging; `unavailable`: not serving. */
  status: 'ok' | 'degraded' | 'unavailable';
  database?: { reachable: false; error: string };
  /** Other processes' commits are not heard while the LISTEN connection reconnects (subscriptions lag). */
  liveUpdates?: 'reconnecting';
  brokenReadModels?: { name: string; error: string }[];
  lateTimers?: { late: number; oldestDueAt: Date };
}

interface HttpResponse {
  status(code: number): unknown;
}

/**
 * For supervisors and load balancers. `/healthz/live`: the process answers (restart it when this fails).
 * `/healthz/ready` (and `/healthz`): whether to send it requests — 503 `unavailable` with the reason while the
 * database cannot be reached (the process keeps running and reconnects by itself: do not restart it for that);
 * 200 `degraded`, naming what lags, while a read model cannot apply the log (a projection bug, a bad event), the
 * live-update connection reconnects, or timers are left unrun well past their time (reminders and 督办 not going
 * out); 200 `ok` otherwise.
 */
@Controller('healthz')
export class HealthController {
  constructor(
    private readonly projections: ProjectionRunner,
    private readonly timers: TimerService,
    private readonly database: DatabaseProbe,
    private readonly notifier: LogNotifier,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(@Res({ passthrough: true }) res: HttpResponse): Promise<Health> {
    return this.readiness(res);
  }

  @Get()
  health(@Res({ passthrough: true }) res: HttpResponse): Promise<Health> {
    return this.readiness(res);
  }

  private async readiness(res: HttpResponse): Promise<Health> {
    const db = await this.database.check();
    if (!db.reachable) {
      res.status(503);
      return { status: 'unavailable', database: db };
    }
    const broken = this.projections.brokenProjections();
    const late = await this.timers.backlog().catch(() => null);
    const listening = this.notifier.listening;
    const health: Health = { status: broken.length || late || !listening ? 'degraded' : 'ok' };
    if (!listening) health.liveUpdates = 'reconnecting';
    if (broken.length) health.brokenReadModels = broken;
    if (late) health.lateTimers = late;
    return health;
  }
}
