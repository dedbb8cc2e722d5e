import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { takedownDecider } from '../../domain/takedown-request.decider';
import { TAKEDOWN_STREAM_TYPE, takedownStreamId } from '../../domain/takedown-request.events';
import { SendTakedownRequestCommand } from './send-takedown-request.command';

@CommandHandler(SendTakedownRequestCommand)
export class SendTakedownRequestHandler implements ICommandHandler<SendTakedownRequestCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
  ) {}

  async execute({ principal, input, context }: SendTakedownRequestCommand): Promise<string> {
    // NOT_FOUND for whoever may not see the incident; FORBIDDEN for a unit that sees it but may not write.
    const incident = await this.incidents.authorized(principal, input.incidentId, Action.TakedownSend);
    // A retried request (same idempotency key) names the same request, so it is recorded once.
    const requestId = context.idempotencyKey
      ? deterministicUuid('takedown', principal.unitId, context.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: takedownStreamId(requestId),
      streamType: TAKEDOWN_STREAM_TYPE,
      decider: takedownDecider,
      command: {
        type: 'SendTakedownRequest',
        requestId,
        context: decisionContextOf(principal, context.now),
        incident: {
          incidentId: incident.incidentId,
          countyId: incident.countyId,
          closed: incident.status === 'CLOSED',
          visibleUnits: incident.visibleUnits,
        },
        platform: input.platform,
        itemUrls: input.itemUrls,
        request: input.request,
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('SendTakedownRequest', context),
      fingerprintOf: input,
    });
    return requestId;
  }
}
