import { Controller, Get } from '@nestjs/common';
import { ProjectionRunner } from '@app/event-store';

/**
 * For load balancers and start-up scripts: answers once the server accepts requests. A read model that cannot
 * apply the log (a projection bug, a bad event) makes it `degraded` and named, while commands carry on.
 */
@Controller('healthz')
export class HealthController {
  constructor(private readonly projections: ProjectionRunner) {}

  @Get()
  health(): { status: 'ok' | 'degraded'; brokenReadModels?: { name: string; error: string }[] } {
    const broken = this.projections.brokenProjections();
    return broken.length ? { status: 'degraded', brokenReadModels: broken } : { status: 'ok' };
  }
}
