import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Action,
  authorize,
  dataScopeOf,
  decide,
  Principal,
  ScopedDb,
  SYSTEM_SCOPE,
  Target,
} from '@app/access';
import { CommandExecutor, commandMetadata, SerialNumbers, VersionConflict } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { IncidentCommandService } from '@app/incidents';
import {
  beijingDay,
  CommandContext,
  decisionContextOf,
  deterministicUuid,
  FieldProblem,
  problem,
  ValidationFailed,
} from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';

import { specialReportDecider } from './domain/special-report.decider';
import {
  serialLabel,
  SpecialReportEventType,
  SPECIAL_REPORT_SERIAL_STREAM_TYPE,
  SPECIAL_REPORT_STREAM_TYPE,
  specialReportSerialStreamId,
  specialReportStreamId,
} from './domain/special-report.events';
import { SpecialReportView } from './projections/special-report-view.entity';
import { SpecialReportNotFound } from './domain/reports.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The most reports one list answers with (newest first). */
const MAX_LISTED = 200;

export interface SpecialReportDraftInput {
  /** Absent: a new report. */
  id?: string | null;
  incidentId: string;
  title: string;
  summary: string;
  analysis: string;
  suggestions: string[];
  addressees: string;
  copyUnitIds: string[];
  /** The version the writer last saw; a draft saved meanwhile by someone else is not overwritten. */
  expectedVersion?: number | null;
}

export const specialReportTarget = (r: SpecialReportView): Target => ({
  kind: 'specialReport',
  countyId: r.countyId,
  unitId: r.unitId,
  issued: r.status === 'ISSUED',
  recipientUnitIds: r.recipientUnitIds,
});

/** The steps on a draft a client may offer, each with the policy action it needs (`SpecialReport.allowedActions`). */
export const ACTION_OF_SPECIAL_REPORT_STEP = {
  reviseSpecialReport: Action.SpecialReportDraft,
  issueSpecialReport: Action.SpecialReportIssue,
  withdrawSpecialReport: Action.SpecialReportWithdraw,
} as const;
export type SpecialReportStep = keyof typeof ACTION_OF_SPECIAL_REPORT_STEP;

/** A draft is revised, signed off or withdrawn; a report issued or withdrawn takes no step. */
export function specialReportSteps(p: Principal, r: SpecialReportView): SpecialReportStep[] {
  if (r.status !== 'DRAFT') return [];
  return (Object.keys(ACTION_OF_SPECIAL_REPORT_STEP) as SpecialReportStep[]).filter(
    (step) => decide(p, ACTION_OF_SPECIAL_REPORT_STEP[step], specialReportTarget(r)).allowed,
  );
}

/**
 * 舆情专报 (004 §三(三)): the county centre analyses a grave incident and suggests how to handle it; its leader signs
 * it off under the year's next number and it reaches the leaders of the propaganda department and of the units it
 * is copied to (involved units, competent departments) in their inboxes and on their channels.
 */
@Injectable()
export class SpecialReportService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly serials: SerialNumbers,
    private readonly db: ScopedDb,
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
  ) {}

  async saveDraft(
    p: Principal,
    ctx: CommandContext,
    input: SpecialReportDraftInput,
  ): Promise<SpecialReportView> {
    const incident = await this.incidents.authorized(p, input.incidentId, Action.SpecialReportDraft);
    let reportId: string;
    if (input.id) {
      // Revised by the centre that may write on its incident (checked above); the decider keeps it on that incident.
      reportId = (await this.authorizedView(p, input.id, Action.SpecialReportRead)).reportId;
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
          title: input.title ?? '',
          summary: input.summary ?? '',
          analysis: input.analysis ?? '',
          suggestions: input.suggestions ?? [],
          addressees: input.addressees ?? '',
          copyUnitIds: copies.map((u) => u.unitId),
          copyNames: copies.map((u) => u.name),
        },
      },
      owningUnit: p.unitId,
      expectedVersion: input.expectedVersion ?? undefined,
      metadata: commandMetadata('SaveSpecialReportDraft', ctx),
      fingerprintOf: input,
    });
    return this.view(reportId);
  }

  /** 签发: the centre's leader fixes the last draft, gives it the year's next number and sends it. */
  async issue(
    p: Principal,
    ctx: CommandContext,
    reportId: string,
    /** The version the leader read: a draft saved since is not signed off unread (VERSION_CONFLICT). */
    expectedVersion?: number | null,
  ): Promise<SpecialReportView> {
    const view = await this.authorizedView(p, reportId, Action.SpecialReportIssue);
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
    const recipients = [
      ...new Set([...view.copyUnitIds, ...(county?.propagandaUnitId ? [county.propagandaUnitId] : [])]),
    ].filter((id) => id !== p.unitId);
    const year = Number(beijingDay(ctx.now).slice(0, 4));
    const series = {
      streamId: specialReportSerialStreamId(view.unitId, year),
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
              kind: InboxChangeKind.SPECIAL_REPORT,
              refType: InboxRef.SPECIAL_REPORT,
              refId: reportId,
              incidentId: incident.incidentId,
              incidentTitle: incident.title,
              confidential,
              audience: InboxAudience.LEADERS,
              // 涉密: the number only — the report's title usually names the incident.
              note: confidential
                ? { zh: `《舆情专报》${label.zh}`, en: `Special report ${label.en}` }
                : {
                    zh: `《舆情专报》${label.zh}：${view.title}`,
                    en: `Special report ${label.en}: ${view.title}`,
                  },
            });
        },
      });
      return this.view(reportId);
    });
  }

  /**
   * 撤回: the centre will not send this draft (written in error, overtaken by events). Only a draft; who and why are
   * kept, and it stays readable to those who could read it. The version read, if given, must still be the draft's.
   */
  async withdraw(
    p: Principal,
    ctx: CommandContext,
    input: { id: string; reason: string; expectedVersion?: number | null },
  ): Promise<SpecialReportView> {
    const view = await this.authorizedView(p, input.id, Action.SpecialReportWithdraw);
    await this.executor.execute({
      streamId: specialReportStreamId(view.reportId),
      streamType: SPECIAL_REPORT_STREAM_TYPE,
      decider: specialReportDecider,
      command: {
        type: 'WithdrawSpecialReport',
        context: decisionContextOf(p, ctx.now),
        withdrawal: {
          reportId: view.reportId,
          incidentId: view.incidentId,
          unitId: view.unitId,
          countyId: view.countyId,
          reason: input.reason ?? '',
        },
      },
      owningUnit: view.unitId,
      expectedVersion: input.expectedVersion ?? undefined,
      metadata: commandMetadata('WithdrawSpecialReport', ctx),
      fingerprintOf: input,
    });
    return this.view(view.reportId);
  }

  /** The reports the caller may read: an incident's, or the county's newest first. */
  async list(p: Principal, incidentId?: string | null): Promise<SpecialReportView[]> {
    // No check on the incident itself: a unit the report went to may read it without seeing the incident, and an
    // incident one may not see simply has no reports one may read.
    if (!p.countyId || (incidentId && !UUID.test(incidentId))) return [];
    const rows = await this.db.run(dataScopeOf(p), (m) => {
      const qb = m
        .createQueryBuilder(SpecialReportView, 'r')
        .where('r.county_id = :county', { county: p.countyId });
      if (incidentId) qb.andWhere('r.incident_id = :incidentId', { incidentId });
      return qb.orderBy('r.drafted_at', 'DESC').take(MAX_LISTED).getMany();
    });
    // Row security already narrows them; the policy has the last word.
    return rows.filter((r) => decide(p, Action.SpecialReportRead, specialReportTarget(r)).allowed);
  }

  report(p: Principal, reportId: string): Promise<SpecialReportView> {
    return this.authorizedView(p, reportId, Action.SpecialReportRead);
  }

  private async authorizedView(p: Principal, reportId: string, action: Action): Promise<SpecialReportView> {
    const notFound = () => new SpecialReportNotFound(reportId);
    if (!UUID.test(reportId)) throw notFound();
    const row = await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(SpecialReportView, { reportId }));
    if (!row) throw notFound();
    authorize(p, action, specialReportTarget(row), reportId);
    return row;
  }

  private async view(reportId: string): Promise<SpecialReportView> {
    return (await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(SpecialReportView, { reportId })))!;
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
