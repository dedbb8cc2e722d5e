import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService, IncidentNotFound } from '@app/incidents';
import { decisionContextOf, deterministicUuid, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { handlingPlanDecider } from '../../domain/handling-plan.decider';
import { HANDLING_PLAN_STREAM_TYPE, handlingPlanStreamId } from '../../domain/handling-plan.events';
import { handlingPlanNotFound } from '../../domain/leadership.errors';
import { HandlingPlanReader } from '../../queries/handling-plan-reader';
import { DraftHandlingPlanCommand } from './draft-handling-plan.command';

@CommandHandler(DraftHandlingPlanCommand)
export class DraftHandlingPlanHandler implements ICommandHandler<DraftHandlingPlanCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly plans: HandlingPlanReader,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, input, context }: DraftHandlingPlanCommand): Promise<string> {
    const view = await this.incidents.facts(input.incidentId);
    if (!view.countyId || view.countyId !== principal.countyId) throw new IncidentNotFound(input.incidentId);
    authorize(
      principal,
      Action.InstructionImplement,
      { kind: 'county', countyId: view.countyId },
      input.incidentId,
    );
    if (input.planId) {
      const existing = await this.plans.plan(SYSTEM_SCOPE, input.planId);
      if (!existing || existing.incidentId !== input.incidentId) throw handlingPlanNotFound(input.planId);
    }
    // The units named must be the county's own.
    const units = await this.organization.unitFacts(input.unitIds);
    const strangers = input.unitIds.filter((id) => units.get(id)?.countyId !== view.countyId);
    if (strangers.length)
      throw new ValidationFailed([
        {
          field: 'input.unitIds',
          message: { zh: `不是本县单位（${strangers.join('、')}）`, en: 'not units of this county' },
        },
      ]);
    const planId =
      input.planId ??
      (context.idempotencyKey
        ? deterministicUuid('handling-plan', principal.userId, context.idempotencyKey)
        : randomUUID());
    await this.executor.execute({
      streamId: handlingPlanStreamId(planId),
      streamType: HANDLING_PLAN_STREAM_TYPE,
      decider: handlingPlanDecider,
      command: {
        type: 'DraftHandlingPlan',
        planId,
        incident: {
          incidentId: view.incidentId,
          countyId: view.countyId,
          title: view.title,
          confidential: view.confidential,
          field: view.field,
        },
        measures: input.measures,
        unitIds: input.unitIds,
        timing: input.timing,
        byName: principal.userName ?? principal.username,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: view.countyId,
      metadata: commandMetadata('DraftHandlingPlan', context),
      fingerprintOf: input,
    });
    return planId;
  }
}
