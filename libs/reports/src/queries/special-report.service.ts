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

import { SpecialReportView } from '../projections/special-report-view.entity';
import { SpecialReportNotFound } from '../domain/reports.errors';
import { ReportKind } from '../domain/special-report.events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The most reports one list answers with (newest first). */
const MAX_LISTED = 200;

export interface SpecialReportDraftInput {
  /** Absent: a new report. */
  id?: string | null;
  incidentId: string;
  /** SPECIAL unless said; a saved draft keeps its kind. */
  kind?: ReportKind | null;
  title: string;
  summary: string;
  /** 快报 only. */
  spread?: string | null;
  measuresTaken?: string[] | null;
  analysis: string;
  suggestions: string[];
  /** Absent: the kind's usual addressees. */
  addressees?: string | null;
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
 * The reads of 舆情专报 (its commands are in commands/<verb-noun>/), and the report as a command finds it.
 *
 * 舆情专报 (004 §三(三)): the county centre analyses a grave incident and suggests how to handle it; its leader signs
 * it off under the year's next number and it reaches the leaders of the propaganda department and of the units it
 * is copied to (involved units, competent departments) in their inboxes and on their channels.
 */
@Injectable()
export class SpecialReportService {
  constructor(private readonly db: ScopedDb) {}

  /** The reports the caller may read: an incident's, or the county's newest first. */
  async list(
    p: Principal,
    incidentId?: string | null,
    kind?: ReportKind | null,
  ): Promise<SpecialReportView[]> {
    // No check on the incident itself: a unit the report went to may read it without seeing the incident, and an
    // incident one may not see simply has no reports one may read.
    if (incidentId && !UUID.test(incidentId)) return [];
    const rows = await this.db.read(dataScopeOf(p), (m) => {
      const qb = m.createQueryBuilder(SpecialReportView, 'r');
      // A unit of no county (the city office) reads what was sent to it, from every county under it.
      if (p.countyId) qb.where('r.county_id = :county', { county: p.countyId });
      else qb.where(':unit = ANY (r.recipient_unit_ids)', { unit: p.unitId });
      if (incidentId) qb.andWhere('r.incident_id = :incidentId', { incidentId });
      if (kind) qb.andWhere('r.kind = :kind', { kind });
      return qb.orderBy('r.drafted_at', 'DESC').take(MAX_LISTED).getMany();
    });
    // Row security already narrows them; the policy has the last word.
    return rows.filter((r) => decide(p, Action.SpecialReportRead, specialReportTarget(r)).allowed);
  }

  /** A report to read: a pure read, which a caught-up standby may serve (ADR 0028). */
  report(p: Principal, reportId: string): Promise<SpecialReportView> {
    return this.authorizedView(p, reportId, Action.SpecialReportRead, 'read');
  }

  /**
   * The report as the policy lets this caller act on it (NOT_FOUND for whoever may not read it). A command decides
   * on what the primary holds (`run`); a query may read it where `ScopedDb.read` sends it.
   */
  async authorizedView(
    p: Principal,
    reportId: string,
    action: Action,
    via: 'run' | 'read' = 'run',
  ): Promise<SpecialReportView> {
    const notFound = () => new SpecialReportNotFound(reportId);
    if (!UUID.test(reportId)) throw notFound();
    const row = await this.db[via](SYSTEM_SCOPE, (m) => m.findOneBy(SpecialReportView, { reportId }));
    if (!row) throw notFound();
    authorize(p, action, specialReportTarget(row), reportId);
    return row;
  }

  /** The report's row, in the system scope (after a command: its answer). */
  async view(reportId: string): Promise<SpecialReportView> {
    return (await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(SpecialReportView, { reportId })))!;
  }
}
