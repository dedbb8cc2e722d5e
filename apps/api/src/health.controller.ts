import { Controller, Get } from '@nestjs/common';

/** For load balancers and start-up scripts: answers once the server accepts requests. */
@Controller('healthz')
export class HealthController {
  @Get()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
