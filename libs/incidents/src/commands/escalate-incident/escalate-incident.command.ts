import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { EscalationTarget } from '../../domain/incident.enums';

/** What the caller says; the handler adds the facts the decider needs. */
export type EscalateIncidentFields = { to: EscalationTarget[]; summary: string };

/** 上报县领导或市委网信办 (003 逐级报告、双重报告). */
export class EscalateIncidentCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: EscalateIncidentFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
