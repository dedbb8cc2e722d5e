import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AssessIncidentInput } from '../../domain/incident.validation';

/** Records a judgement (研判): nature, veracity, field, grade, indicators, reasoning. Revisable at any time. */
export class AssessIncidentCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: AssessIncidentInput,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
