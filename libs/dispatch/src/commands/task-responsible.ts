import { Inject, Injectable, Optional } from '@nestjs/common';
import { Principal } from '@app/access';
import { UNIT_MEMBERS, UnitMembers } from '@app/organization';
import { ResponsibleNotOfUnit } from '../domain/dispatch.errors';
import { TaskResponsible } from '../domain/task.events';
import { DispatchFacts } from '../queries/dispatch-facts';

/**
 * Who answers for a task in the unit it went to (责任人; 000 §六3 责任到人): a person named by the unit, or whoever
 * signs for it until someone else is named. Checked against the people the unit has now (identity fills the port).
 */
@Injectable()
export class TaskResponsibles {
  constructor(
    private readonly facts: DispatchFacts,
    @Optional() @Inject(UNIT_MEMBERS) private readonly members: UnitMembers | null,
  ) {}

  /** The person named, who must be an active member of the assignee unit. */
  async named(taskId: string, userId: string): Promise<TaskResponsible> {
    const task = await this.facts.taskFacts(taskId);
    const member = this.members ? await this.members.activeMember(task.assigneeUnitId, userId) : null;
    if (!member) throw new ResponsibleNotOfUnit();
    return member;
  }

  /** At signing: the person named, else the signer if they work in the unit (not, say, a township for its village). */
  async atSigning(
    p: Principal,
    taskId: string,
    userId?: string | null,
  ): Promise<TaskResponsible | undefined> {
    if (userId) return this.named(taskId, userId);
    const task = await this.facts.taskFacts(taskId);
    return (await this.members?.activeMember(task.assigneeUnitId, p.userId)) ?? undefined;
  }
}
