import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { IncidentCommandService, TaskRole } from '@app/incidents';
import { problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { TaskKind } from '../../domain/task.enums';
import { DispatchTaskCommand } from '../dispatch-task/dispatch-task.command';
import { ReferToPoliceCommand } from './refer-to-police.command';

/** The police unit named by the county, dispatched to as the lead under the 移交公安 permission. */
@CommandHandler(ReferToPoliceCommand)
export class ReferToPoliceHandler implements ICommandHandler<ReferToPoliceCommand, string> {
  constructor(
    private readonly commands: CommandBus,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal: p, input, context }: ReferToPoliceCommand): Promise<string> {
    // Authorised first: a caller who may not refer learns nothing about the county's set-up.
    const view = await this.incidents.authorized(p, input.incidentId, Action.PoliceRefer);
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    if (!county?.policeUnitId)
      throw new ValidationFailed([
        problem('incidentId', '本县尚未指定公安联动单位', 'the county has no police unit named'),
      ]);
    return this.commands.execute(
      new DispatchTaskCommand(
        p,
        {
          incidentId: input.incidentId,
          unitId: county.policeUnitId,
          role: TaskRole.LEAD,
          requirements: input.requirements,
          dueAt: input.dueAt,
          kind: TaskKind.POLICE_REFERRAL,
        },
        context,
        Action.PoliceRefer,
      ),
    );
  }
}
