import { Injectable } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { Action, authorize, Principal } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { InboxChangeKind } from '@app/inbox';
import { CommandContext, decisionContextOf } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { TaskCommand, taskDecider } from '../domain/task.decider';
import { TASK_STREAM_TYPE, taskStreamId } from '../domain/task.events';
import { DispatchFacts, taskTarget } from '../queries/dispatch-facts';
import { deliver, writtenByPlatform } from './dispatch-support';

type Body<T> = T extends unknown ? Omit<T, 'taskId' | 'context'> : never;
/** What a person's step on an existing task says, beyond which task and who. */
export type TaskCommandBody = Exclude<
  Body<TaskCommand>,
  { type: 'DispatchTask' } | { type: 'RecordRedispatch' } | { type: 'FireTaskTimer' }
>;

/** A person's step on an existing task (办单/交单/审核/督办): its own command class, one folder each. */
export abstract class TaskStepCommand<I extends object = object> extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly taskId: string,
    readonly input: I,
    readonly context: CommandContext,
    /** The version the person read (ADR 0014): a step taken on a stale screen is refused. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** How a step is allowed and where it arrives: each step's handler says it. */
export interface StepRoute {
  action: Action;
  to: 'dispatcher' | 'assignee';
  kind: InboxChangeKind;
  /** A struck-off or cancelled task (a village's part too) stops holding its incident open. */
  settles?: 'ACCEPTED' | 'CANCELLED';
  /** An extension granted is reminded on the deadline's clock: the decider places it with the county's calendar. */
  withCalendar?: boolean;
}

/**
 * What every step shares: the task read and authorised, the step decided on its stream, and the other side told
 * in the same transaction. A retry with the same idempotency key answers with the first result (the executor).
 */
@Injectable()
export class TaskSteps {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly facts: DispatchFacts,
  ) {}

  async take(c: TaskStepCommand, body: TaskCommandBody, route: StepRoute): Promise<void> {
    const { principal: p, taskId, context: ctx, expectedVersion } = c;
    const task = await this.facts.taskFacts(taskId);
    authorize(p, route.action, taskTarget(task), taskId);
    const to = route.to === 'dispatcher' ? task.dispatcherUnitId : task.assigneeUnitId;
    const calendar = route.withCalendar
      ? (await this.organization.holidayCalendar(task.countyId)).calendar
      : undefined;
    await this.executor.execute({
      streamId: taskStreamId(taskId),
      streamType: TASK_STREAM_TYPE,
      decider: taskDecider,
      command: { ...body, ...(calendar ? { calendar } : {}), taskId, context: decisionContextOf(p, ctx.now) },
      owningUnit: task.dispatcherUnitId,
      expectedVersion,
      // A reminder or overdue notice the platform added since does not make what the person read stale (ADR 0014).
      unseenIsNotStale: writtenByPlatform,
      metadata: commandMetadata(body.type, ctx),
      fingerprintOf: { taskId, body, expectedVersion: expectedVersion ?? null },
      alsoWithin: async (tx) => {
        if (route.settles) {
          await this.incidents.within(tx, p, ctx, task.incidentId, {
            type: 'SettleTask',
            taskId,
            outcome: route.settles,
          });
        }
        await deliver(tx, ctx, to, route.kind, { type: 'TASK', id: taskId }, task);
      },
    });
  }
}
