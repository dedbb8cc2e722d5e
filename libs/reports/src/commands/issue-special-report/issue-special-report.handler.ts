import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { CommandExecutor, commandMetadata, SerialNumbers, VersionConflict } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import {
  ESCALATION_RECIPIENTS,
  EscalationRecipient,
  EscalationRecipients,
  IncidentCommandService,
} from '@app/incidents';
import { beijingDay, decisionContextOf, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { specialReportDecider } from '../../domain/special-report.decider';
import {
  REPORT_KIND_LABELS,
  ReportKind,
  serialLabel,
  SpecialReportEventType,
  SPECIAL_REPORT_SERIAL_STREAM_TYPE,
  SPECIAL_REPORT_STREAM_TYPE,
  specialReportSerialStreamId,
  specialReportStreamId,
} from '../../domain/special-report.events';
import { SpecialReportView } from '../../projections/special-report-view.entity';
import { SpecialReportService } from '../../queries/special-report.service';
import { IssueSpecialReportCommand } from './issue-special-report.command';

@CommandHandler(IssueSpecialReportCommand)
export class IssueSpecialReportHandler implements ICommandHandler<
  IssueSpecialReportCommand,
  SpecialReportView
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly serials: SerialNumbers,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly reports: SpecialReportService,
    @Optional() @Inject(ESCALATION_RECIPIENTS) private readonly leaders: EscalationRecipients | null,
  ) {}

  async execute({
    principal: p,
    reportId,
    expectedVersion,
    context: ctx,
  }: IssueSpecialReportCommand): Promise<SpecialReportView> {
    const view = await this.reports.authorizedView(p, reportId, Action.SpecialReportIssue);
    // The draft signed off is the one read here (its recipients are taken from it): the leader's version, if he
    // gave it, must be this one, and the stream must not have moved on since.
    // (Once issued, a retry of the same request answers with its result and any other is ALREADY_ISSUED: the
    // executor and the decider say so, not these checks.)
    const open = view.status !== 'ISSUED';
    if (open && expectedVersion != null && expectedVersion !== view.version)
      throw new VersionConflict(specialReportStreamId(reportId), expectedVersion, view.version);
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    const incident = await this.incidents.facts(view.incidentId);
    // The units it was copied to that still take work, and the propaganda department (宣传部部长 is addressed).
    const facts = await this.organization.unitFacts([...view.copyUnitIds]);
    // A unit stood down since the draft was saved would be named on the document and never receive it.
    const gone = view.copyUnitIds
      .map((id, i) => ({ i, name: view.copyNames[i] ?? id, active: facts.get(id)?.active ?? false }))
      .filter((u) => !u.active);
    if (open && gone.length)
      throw new ValidationFailed(
        gone.map((u) =>
          problem(
            `copyUnitIds[${u.i}]`,
            `抄送单位「${u.name}」已停用，请修改稿件后再签发`,
            `${u.name} has been stood down: revise the draft before signing it off`,
          ),
        ),
      );
    const kind = view.kind as ReportKind;
    // 专报: the copies and the propaganda department (宣传部部长 is addressed), to each unit's leaders.
    // 快报 (002 直报领导): the county leaders in charge of the incident's field (and the principal ones from grade II),
    // by name in their units, the city office, and the copies.
    const named: EscalationRecipient[] =
      kind === ReportKind.FLASH && view.countyId && this.leaders
        ? await this.leaders.leadersOf(view.countyId, { field: incident.field, grade: incident.grade })
        : [];
    const recipients = [
      ...new Set([
        ...view.copyUnitIds,
        ...(kind === ReportKind.FLASH
          ? [...named.map((r) => r.unitId), ...(county?.cityOfficeUnitId ? [county.cityOfficeUnitId] : [])]
          : county?.propagandaUnitId
            ? [county.propagandaUnitId]
            : []),
      ]),
    ].filter((id) => id !== p.unitId);
    const namedIn = (unitId: string) => [
      ...new Set(named.filter((r) => r.unitId === unitId).flatMap((r) => r.userIds)),
    ];
    const paper = REPORT_KIND_LABELS[kind];
    const year = Number(beijingDay(ctx.now).slice(0, 4));
    const series = {
      streamId: specialReportSerialStreamId(view.unitId, year, kind),
      streamType: SPECIAL_REPORT_SERIAL_STREAM_TYPE,
      eventType: SpecialReportEventType.Numbered,
      owningUnit: view.unitId,
    };
    // Sign-offs racing for the year's next number: the one serial mechanism gives each its own, none skipped.
    return this.serials.allocate(series, async (number, takeNumber) => {
      await this.executor.execute({
        streamId: specialReportStreamId(reportId),
        streamType: SPECIAL_REPORT_STREAM_TYPE,
        decider: specialReportDecider,
        command: {
          type: 'IssueSpecialReport',
          context: decisionContextOf(p, ctx.now),
          issue: {
            reportId,
            incidentId: view.incidentId,
            unitId: view.unitId,
            countyId: view.countyId,
            year,
            number,
            recipientUnitIds: recipients,
            incidentConfidential: incident.confidential,
          },
        },
        owningUnit: view.unitId,
        expectedVersion: view.version,
        metadata: commandMetadata('IssueSpecialReport', ctx),
        fingerprintOf: { reportId, expectedVersion: expectedVersion ?? null },
        alsoWithin: async (tx, { events }) => {
          if (events.length === 0) return;
          // The report's 涉密 as the sign-off decided it: the row shows the same (one rule, the decider's).
          const confidential =
            events[0].type === SpecialReportEventType.Issued && events[0].data.confidential === true;
          // The number and the report are written together, or neither: no gap, no number used twice.
          await takeNumber(
            tx,
            { reportId, unitId: view.unitId, year },
            commandMetadata('NumberSpecialReport', ctx),
          );
          const label = serialLabel(year, number);
          for (const unitId of recipients)
            await deliverToInbox(tx, ctx, {
              unitId,
              kind: kind === ReportKind.FLASH ? InboxChangeKind.FLASH_REPORT : InboxChangeKind.SPECIAL_REPORT,
              refType: InboxRef.SPECIAL_REPORT,
              refId: reportId,
              incidentId: incident.incidentId,
              incidentTitle: incident.title,
              confidential,
              audience: InboxAudience.LEADERS,
              ...(namedIn(unitId).length ? { recipientUserIds: namedIn(unitId) } : {}),
              // 涉密: the number only — the report's title usually names the incident.
              note: confidential
                ? { zh: `《${paper.zh}》${label.zh}`, en: `${paper.en} ${label.en}` }
                : {
                    zh: `《${paper.zh}》${label.zh}：${view.title}`,
                    en: `${paper.en} ${label.en}: ${view.title}`,
                  },
            });
        },
      });
      return this.reports.view(reportId);
    });
  }
}
