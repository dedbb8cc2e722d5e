import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UNIT_MEMBERS, UnitMembers } from '@app/organization';
import { AccountableNotOfUnit } from '../../domain/incident.errors';
import { AccountabilityFinding } from '../../domain/incident.events';
import { ACTION_OF, IncidentCommandService } from '../incident-command.service';
import { RecordAccountabilityCommand } from './record-accountability.command';

@CommandHandler(RecordAccountabilityCommand)
export class RecordAccountabilityHandler implements ICommandHandler<RecordAccountabilityCommand, void> {
  constructor(
    private readonly incidents: IncidentCommandService,
    @Optional() @Inject(UNIT_MEMBERS) private readonly members: UnitMembers | null,
  ) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: RecordAccountabilityCommand): Promise<void> {
    await this.incidents.authorized(principal, incidentId, ACTION_OF.RecordAccountability);
    // A person in the platform is named by who they are, not free text (issue 19): their name as it is now.
    const findings: AccountabilityFinding[] = [];
    for (const [i, f] of input.findings.entries()) {
      if (!f.userId) {
        findings.push({ ...f, userId: null });
        continue;
      }
      const member = await this.members?.activeMember(f.unitId, f.userId);
      if (!member) throw new AccountableNotOfUnit(i);
      findings.push({ ...f, person: member.name, userId: member.userId });
    }
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'RecordAccountability', findings },
      { expectedVersion },
    );
  }
}
