import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says: the people by id; an omitted one stays as it is. */
export type NameIncidentResponsibilityFields = {
  guarantorUserId: string | null;
  trackerUserId: string | null;
};

/** 指定包保领导、跟踪专人 (000 §六3 领导包保、责任到人; 003 §二(三) 专人跟踪). */
export class NameIncidentResponsibilityCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: NameIncidentResponsibilityFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
