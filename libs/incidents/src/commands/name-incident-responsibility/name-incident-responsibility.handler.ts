import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { UNIT_MEMBERS, UnitMembers } from '@app/organization';
import { GuarantorNotCountyLeader, TrackerNotOfUnit } from '../../domain/incident.errors';
import { IncidentPerson } from '../../domain/incident.events';
import { ESCALATION_RECIPIENTS, EscalationRecipients } from '../escalation-recipients';
import { IncidentCommandService } from '../incident-command.service';
import { NameIncidentResponsibilityCommand } from './name-incident-responsibility.command';

/**
 * Looks the people up where they are kept — the 包保领导 on the county's roster of leaders (leadership fills the
 * port), the 专人 among the owning unit's active members (identity fills it) — and records them with their names
 * and posts as they are now, so the history reads the same after a rename or a reshuffle.
 */
@CommandHandler(NameIncidentResponsibilityCommand)
export class NameIncidentResponsibilityHandler implements ICommandHandler<
  NameIncidentResponsibilityCommand,
  void
> {
  constructor(
    private readonly incidents: IncidentCommandService,
    @Optional() @Inject(ESCALATION_RECIPIENTS) private readonly roster: EscalationRecipients | null,
    @Optional() @Inject(UNIT_MEMBERS) private readonly members: UnitMembers | null,
  ) {}

  async execute(c: NameIncidentResponsibilityCommand): Promise<void> {
    // Refused for a caller who may not name them before anything about the people is said.
    const view = await this.incidents.authorized(c.principal, c.incidentId, Action.IncidentAssign);
    let guarantor: IncidentPerson | null = null;
    if (c.input.guarantorUserId) {
      const leader =
        view.countyId && this.roster
          ? await this.roster.leader(view.countyId, c.input.guarantorUserId)
          : null;
      if (!leader) throw new GuarantorNotCountyLeader();
      guarantor = { userId: leader.userId, unitId: leader.unitId, name: leader.name, post: leader.post };
    }
    let tracker: IncidentPerson | null = null;
    if (c.input.trackerUserId) {
      const member = await this.members?.activeMember(view.owningUnit, c.input.trackerUserId);
      if (!member) throw new TrackerNotOfUnit();
      tracker = { userId: member.userId, unitId: view.owningUnit, name: member.name, post: null };
    }
    await this.incidents.run(
      c.principal,
      c.context,
      c.incidentId,
      { type: 'NameIncidentResponsibility', guarantor, tracker },
      { expectedVersion: c.expectedVersion },
    );
  }
}
