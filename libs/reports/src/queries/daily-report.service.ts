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
import { beijingDay, dayStart, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { EntityManager } from 'typeorm';

import { dateProblems, isCalendarDay } from '../domain/daily-report.decider';
import { DailyReportFigures, DailyReportItem } from '../domain/daily-report.events';
import { DailyReportView } from '../projections/daily-report-view.entity';
import { DailyReportNotFound } from '../domain/reports.errors';

/** The most sensitive items a report lists; the figures count them all. */
const MAX_ITEMS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWED = `status IN ('DISPATCHED', 'SIGNED', 'IN_PROGRESS', 'REWORK')`;

export interface DailyReportDraft {
  date: string;
  figures: DailyReportFigures;
  sensitive: DailyReportItem[];
  issued: DailyReportView | null;
}

/**
 * The reads of 舆情日报 (issuing is commands/issue-daily-report/), and what issuing shares with the draft: who may
 * issue, and the day compiled from the read models.
 *
 * 舆情日报 (004 §三(二)): the county centre's duty officers compile the day — incidents reported, still open,
 * closed, tasks dispatched and overdue — add the positive publicity in their own words, and send it to the
 * propaganda department's leaders (and their own). What went out is kept as it went out: the figures are taken
 * when the report is issued and travel in its event.
 */
@Injectable()
export class DailyReportService {
  constructor(
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
  ) {}

  /** What the report of `date` would say if issued now, and the issue already made, if any. */
  async draft(p: Principal, date: string, now: Date): Promise<DailyReportDraft> {
    const countyId = await this.authorizeIssue(p);
    const problems = dateProblems(date, beijingDay(now));
    if (problems.length) throw new ValidationFailed(problems.map((x) => ({ ...x, field: 'date' })));
    // A pure read, which a caught-up standby may serve (ADR 0028); issuing compiles on the primary (`compile`).
    return this.db.read(SYSTEM_SCOPE, async (m) => ({
      date,
      ...(await compileIn(m, countyId, date, now)),
      issued: await m.findOneBy(DailyReportView, { unitId: p.unitId, day: date }),
    }));
  }

  /** The reports the caller may read whose day falls in [from, to], newest first. */
  async list(p: Principal, from: string, to: string): Promise<DailyReportView[]> {
    const problems = [
      ...(isCalendarDay(from) ? [] : [problem('from', '日期须为 YYYY-MM-DD', 'must be a date (YYYY-MM-DD)')]),
      ...(isCalendarDay(to) ? [] : [problem('to', '日期须为 YYYY-MM-DD', 'must be a date (YYYY-MM-DD)')]),
    ];
    if (!problems.length && from > to)
      problems.push(problem('to', '结束日期不能早于开始日期', 'must not be before from'));
    if (!problems.length && (Date.parse(to) - Date.parse(from)) / 86_400_000 > 92)
      problems.push(problem('to', '一次最多查询 92 天', 'at most 92 days at a time'));
    if (problems.length) throw new ValidationFailed(problems);
    if (!p.countyId) return [];
    const rows = await this.db.read(dataScopeOf(p), (m) =>
      m
        .createQueryBuilder(DailyReportView, 'r')
        .where('r.county_id = :county AND r.day BETWEEN :from AND :to', { county: p.countyId, from, to })
        .orderBy('r.day', 'DESC')
        .addOrderBy('r.unit_id')
        .getMany(),
    );
    // Row security already narrows them; the policy has the last word (a township in the county scope sees none).
    return rows.filter((r) => decide(p, Action.DailyReportRead, targetOf(r)).allowed);
  }

  async report(p: Principal, reportId: string): Promise<DailyReportView> {
    const notFound = () => new DailyReportNotFound(reportId);
    if (!UUID.test(reportId)) throw notFound();
    const row = await this.db.read(SYSTEM_SCOPE, (m) => m.findOneBy(DailyReportView, { reportId }));
    if (!row) throw notFound();
    authorize(p, Action.DailyReportRead, targetOf(row), reportId);
    return row;
  }

  /** The caller's county, once the policy allows them to issue its centre's report. */
  async authorizeIssue(p: Principal): Promise<string> {
    const unit = (await this.organization.unitFacts([p.unitId])).get(p.unitId);
    authorize(
      p,
      Action.DailyReportIssue,
      { kind: 'unit', unitId: p.unitId, countyId: unit?.countyId ?? null },
      p.unitId,
    );
    return unit!.countyId!;
  }

  /** The day's figures and sensitive items, county-wide, as they stand at `now` on the primary (for issuing). */
  compile(
    countyId: string,
    date: string,
    now: Date,
  ): Promise<{ figures: DailyReportFigures; sensitive: DailyReportItem[] }> {
    return this.db.run(SYSTEM_SCOPE, (m) => compileIn(m, countyId, date, now));
  }
}

/** The day's figures and sensitive items, county-wide, as `m` reads them at `now`. */
async function compileIn(
  m: EntityManager,
  countyId: string,
  date: string,
  now: Date,
): Promise<{ figures: DailyReportFigures; sensitive: DailyReportItem[] }> {
  const from = dayStart(date);
  const to = new Date(from.getTime() + 86_400_000);
  const byGrade = await m.query<{ grade: string | null; count: number }[]>(
    `SELECT grade, count(*)::int AS count FROM incident_view
        WHERE county_id = $1 AND reported_at >= $2 AND reported_at < $3 GROUP BY grade`,
    [countyId, from, to],
  );
  const [incidents] = await m.query<{ open: number; closed: number }[]>(
    `SELECT count(*) FILTER (WHERE status <> 'CLOSED')::int AS open,
              count(*) FILTER (WHERE closed_at >= $2 AND closed_at < $3)::int AS closed
         FROM incident_view WHERE county_id = $1`,
    [countyId, from, to],
  );
  const [tasks] = await m.query<{ dispatched: number; overdue: number }[]>(
    `SELECT count(*) FILTER (WHERE dispatched_at >= $2 AND dispatched_at < $3 AND status <> 'CANCELLED')::int
                AS dispatched,
              count(*) FILTER (WHERE ${OWED} AND due_at < $4)::int AS overdue
         FROM task_view WHERE county_id = $1`,
    [countyId, from, to, now],
  );
  const items = await m.query<
    {
      incident_id: string;
      title: string;
      confidential: boolean;
      grade: string | null;
      status: string;
      platform: string;
      reported_at: Date;
    }[]
  >(
    // Graver first ('I' < 'II' < 'III' < 'IV' as text), then in the order they came in.
    `SELECT incident_id, title, confidential, grade, status, platform, reported_at FROM incident_view
        WHERE county_id = $1 AND reported_at >= $2 AND reported_at < $3
        ORDER BY grade NULLS LAST, reported_at LIMIT ${MAX_ITEMS}`,
    [countyId, from, to],
  );
  const newByGrade = emptyFigures().newByGrade;
  for (const g of byGrade) newByGrade[(g.grade ?? 'UNGRADED') as keyof typeof newByGrade] += g.count;
  return {
    figures: {
      newIncidents: byGrade.reduce((n, g) => n + g.count, 0),
      newByGrade,
      openIncidents: incidents.open,
      closedThatDay: incidents.closed,
      tasksDispatchedThatDay: tasks.dispatched,
      overdueTasks: tasks.overdue,
    },
    sensitive: items.map((i) => ({
      incidentId: i.incident_id,
      // 涉密: only the reference travels (002).
      title: i.confidential ? null : i.title,
      confidential: i.confidential,
      grade: i.grade,
      status: i.status,
      platform: i.platform,
      reportedAt: new Date(i.reported_at).toISOString(),
    })),
  };
}

/** A report's figures before anything is counted (a malformed day gathers none). */
export const emptyFigures = (): DailyReportFigures => ({
  newIncidents: 0,
  newByGrade: { I: 0, II: 0, III: 0, IV: 0, UNGRADED: 0 },
  openIncidents: 0,
  closedThatDay: 0,
  tasksDispatchedThatDay: 0,
  overdueTasks: 0,
});

const targetOf = (r: DailyReportView): Target => ({
  kind: 'dailyReport',
  countyId: r.countyId,
  unitId: r.unitId,
  recipientUnitIds: r.recipientUnitIds,
});
