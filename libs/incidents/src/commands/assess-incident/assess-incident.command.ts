import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/kernel';
import { AssessIncidentInput } from '../../domain/incident.validation';

/** Records a judgement (研判): nature, veracity, field, grade, indicators, reasoning. Revisable at any time. */
export class AssessIncidentCommand extends Command<void> {
  constructor(
    readonly incidentId: string,
    readonly input: AssessIncidentInput,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
