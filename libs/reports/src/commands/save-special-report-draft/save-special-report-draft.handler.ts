import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, Principal, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { decisionContextOf, deterministicUuid, FieldProblem, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { specialReportDecider } from '../../domain/special-report.decider';
import {
  DEFAULT_ADDRESSEES,
  DEFAULT_FLASH_ADDRESSEES,
  ReportKind,
  SPECIAL_REPORT_STREAM_TYPE,
  specialReportStreamId,
} from '../../domain/special-report.events';
import { SpecialReportView } from '../../projections/special-report-view.entity';
import { SpecialReportService } from '../../queries/special-report.service';
import { SaveSpecialReportDraftCommand } from './save-special-report-draft.command';

@CommandHandler(SaveSpecialReportDraftCommand)
export class SaveSpecialReportDraftHandler implements ICommandHandler<
  SaveSpecialReportDraftCommand,
  SpecialReportView
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly reports: SpecialReportService,
  ) {}

  async execute({
    principal: p,
    input,
    context: ctx,
  }: SaveSpecialReportDraftCommand): Promise<SpecialReportView> {
    const incident = await this.incidents.authorized(p, input.incidentId, Action.SpecialReportDraft);
    let reportId: string;
    let kind: ReportKind = input.kind ?? ReportKind.SPECIAL;
    if (input.id) {
      // Revised by the centre that may write on its incident (checked above); the decider keeps it on that incident
      // and of its kind.
      const saved = await this.reports.authorizedView(p, input.id, Action.SpecialReportRead);
      reportId = saved.reportId;
      kind = input.kind ?? (saved.kind as ReportKind);
    } else {
      reportId = ctx.idempotencyKey
        ? deterministicUuid('special-report', p.unitId, ctx.idempotencyKey)
        : randomUUID();
    }
    const copies = await this.copyUnits(p, incident.countyId, input.copyUnitIds ?? []);
    await this.executor.execute({
      streamId: specialReportStreamId(reportId),
      streamType: SPECIAL_REPORT_STREAM_TYPE,
      decider: specialReportDecider,
      command: {
        type: 'SaveSpecialReportDraft',
        context: decisionContextOf(p, ctx.now),
        draft: {
          reportId,
          incidentId: incident.incidentId,
          incidentTitle: incident.title,
          confidential: incident.confidential,
          unitId: p.unitId,
          countyId: incident.countyId,
          ...(kind === ReportKind.FLASH
            ? { kind, spread: input.spread ?? '', measuresTaken: input.measuresTaken ?? [] }
            : {}),
          title: input.title ?? '',
          summary: input.summary ?? '',
          analysis: input.analysis ?? '',
          suggestions: input.suggestions ?? [],
          addressees:
            input.addressees ?? (kind === ReportKind.FLASH ? DEFAULT_FLASH_ADDRESSEES : DEFAULT_ADDRESSEES),
          copyUnitIds: copies.map((u) => u.unitId),
          copyNames: copies.map((u) => u.name),
        },
      },
      owningUnit: p.unitId,
      expectedVersion: input.expectedVersion ?? undefined,
      metadata: commandMetadata('SaveSpecialReportDraft', ctx),
      fingerprintOf: input,
    });
    return this.reports.view(reportId);
  }

  /** The units a report is copied to: distinct, of the incident's county, in service. */
  private async copyUnits(p: Principal, countyId: string | null, ids: string[]) {
    const problems: FieldProblem[] = [];
    const distinct = [...new Set(ids)];
    const units = await this.organization.unitsByIds(SYSTEM_SCOPE, distinct);
    const byId = new Map(units.map((u) => [u.unitId, u]));
    distinct.forEach((id, i) => {
      const u = byId.get(id);
      const field = `input.copyUnitIds[${i}]`;
      if (!u || u.countyId !== countyId)
        problems.push(problem(field, `没有这个单位：${id}`, `no such unit: ${id}`));
      else if (!u.active)
        problems.push(problem(field, `${u.name}已停用，不能抄送`, `${u.name} is stood down`));
      else if (u.unitId === p.unitId)
        problems.push(problem(field, '不必抄送本单位', 'the centre itself is not a copy recipient'));
    });
    if (problems.length) throw new ValidationFailed(problems);
    return distinct.map((id) => byId.get(id)!);
  }
}
