import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { ReportIncidentInput } from '../../domain/incident.validation';

/** Registers an incident (登记), or reports one up (上报) when the caller is a township or bureau. Returns its id. */
export class ReportIncidentCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly input: ReportIncidentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
