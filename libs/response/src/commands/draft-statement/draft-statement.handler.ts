import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { STATEMENT_STREAM_TYPE, statementDecider, statementStreamId } from '../../domain/statement.decider';
import { StatementService } from '../statement.service';
import { DraftStatementCommand } from './draft-statement.command';

@CommandHandler(DraftStatementCommand)
export class DraftStatementHandler implements ICommandHandler<DraftStatementCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly statements: StatementService,
  ) {}

  async execute({ principal: p, input, context: ctx }: DraftStatementCommand): Promise<string> {
    const incident = await this.incidents.authorized(p, input.incidentId, Action.StatementDraft);
    const county = incident.countyId ? await this.organization.countyFacts(incident.countyId) : null;
    // A retry carrying the same idempotency key must name the same new statement, not a second one.
    const statementId = ctx.idempotencyKey
      ? deterministicUuid('statement', p.unitId, ctx.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: statementStreamId(statementId),
      streamType: STATEMENT_STREAM_TYPE,
      decider: statementDecider,
      command: {
        type: 'DraftStatement',
        statementId,
        context: decisionContextOf(p, ctx.now),
        draft: {
          incidentId: input.incidentId,
          countyId: incident.countyId,
          draftingUnitId: p.unitId,
          propagandaUnitId: county?.propagandaUnitId ?? null,
          incidentVisibleUnits: incident.visibleUnits,
          kind: input.kind,
          tier: input.tier,
          title: input.title,
          content: input.content,
        },
      },
      owningUnit: p.unitId,
      metadata: commandMetadata('DraftStatement', ctx),
      fingerprintOf: input,
      alsoWithin: (tx) =>
        this.statements.deliver(tx, ctx, 'DraftStatement', statementId, incident, {
          propaganda: county?.propagandaUnitId ?? null,
          drafter: p.unitId,
        }),
    });
    return statementId;
  }
}
