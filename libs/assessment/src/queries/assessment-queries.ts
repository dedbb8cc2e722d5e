import { Injectable } from '@nestjs/common';
import {
  Action,
  authorize,
  DataScope,
  dataScopeOf,
  decide,
  Principal,
  ScopedDb,
  Target,
  UnitKind,
} from '@app/access';
import { EntityManager } from 'typeorm';
import { beijingDay, Clock, dayStart } from '@app/kernel';
import { LeadershipDirectory } from '@app/leadership';
import { OrganizationDirectory } from '@app/organization';
import {
  addCounters,
  AssessmentPolicyVersion,
  BreakdownDimension,
  Counters,
  DIMENSION_LABELS,
  DIMENSION_VALUES,
  upcastPolicyTerms,
  DEFAULT_ASSESSMENT_POLICY,
  emptyCounters,
  FACT_COUNTERS,
  FactCounters,
  JUDGED_COUNTERS,
  LATENESS_BUCKETS,
  monthsOf,
  nextDay,
  Period,
  periodOf,
  PeriodRequest,
  PolicySegment,
  pointsUnder,
  rank,
  segmentsOf,
} from '../domain';
import { AssessmentPolicyView } from '../projections/assessment-memo.entities';
import { COUNTER_COLUMNS } from '../projections/counter-columns';
import {
  AssessmentBreakdownType,
  AssessmentFiguresType,
  AssessmentPolicyType,
  AssessmentRankingType,
  AssessmentRules,
  AssessmentStatisticsType,
  UnitAssessmentType,
} from '../graphql/assessment.types';

export interface StatisticsRequest {
  period: PeriodRequest;
  unitId?: string | null;
  unitKinds?: UnitKind[] | null;
  townshipId?: string | null;
  rules: AssessmentRules;
}

/** Per unit: counters as recorded by the period's end, the late corrections, and per policy segment for scoring. */
interface UnitSums {
  figures: Counters;
  corrections: Counters;
  bySegment: Counters[];
  correctionsBySegment: Counters[];
}

const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);
const mean = (sum: number, n: number) => (n ? Math.round(sum / n) : null);

const toFigures = (c: Counters): AssessmentFiguresType => ({
  ...c,
  onTimeRate: ratio(c.handedInOnTime, c.handedIn),
  averageLateMinutes: mean(c.lateMinutes, c.handedInLate),
  averageInquiryReplyMinutes: mean(c.inquiryReplyLagMinutes, c.inquiryReplies),
  inquirySameDayRate: ratio(c.inquiryRepliedSameDay, c.inquiryTasks),
  averageReportLagMinutes: mean(c.reportLagMinutes, c.incidentsReported),
  averageAssessLagMinutes: mean(c.assessLagMinutes, c.incidentsAssessed),
  averageWarnLagMinutes: mean(c.warnLagMinutes, c.warningsIssued),
  averageDispatchLagMinutes: mean(c.dispatchLagMinutes, c.incidentsDispatched),
});

const toPolicyType = (v: AssessmentPolicyVersion): AssessmentPolicyType => ({
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  baseScore: v.baseScore,
  ...v.points,
  lateReportAfterMinutes: v.reportLimits.lateAfterMinutes,
  missedReportAfterMinutes: v.reportLimits.missedAfterMinutes,
  shareRanking: v.shareRanking,
});

const blankSums = (segments: number): UnitSums => ({
  figures: emptyCounters(),
  corrections: emptyCounters(),
  bySegment: Array.from({ length: segments }, () => emptyCounters()),
  correctionsBySegment: Array.from({ length: segments }, () => emptyCounters()),
});

const versionName = (v: number) => (v === 0 ? '系统默认规则' : `第 ${v} 版`);

const SUMS = FACT_COUNTERS.map((k) => `sum(${COUNTER_COLUMNS[k]})::int AS "${k}"`).join(', ');

/**
 * Statistics and 考核 per unit and period (issue 24), from the facts read model. A closed period's figures are those
 * recorded by its last day; what was recorded later is returned beside them as corrections (ADR 0024).
 */
@Injectable()
export class AssessmentQueries {
  constructor(
    private readonly db: ScopedDb,
    private readonly units: OrganizationDirectory,
    private readonly leaders: LeadershipDirectory,
    private readonly clock: Clock,
  ) {}

  /** The county's versions, oldest first (the default, version 0, is not stored). */
  async policies(scope: DataScope, countyId: string): Promise<AssessmentPolicyVersion[]> {
    const rows = await this.db.read(scope, (m) =>
      m.find(AssessmentPolicyView, { where: { countyId }, order: { version: 'ASC' } }),
    );
    return rows.map((r) =>
      upcastPolicyTerms({
        version: r.version,
        effectiveFrom: r.effectiveFrom,
        baseScore: r.baseScore,
        points: r.points,
        shareRanking: r.shareRanking,
        reportLimits: r.reportLimits,
      }),
    );
  }

  /** The version in force today (the default if none). */
  inForce(versions: AssessmentPolicyVersion[], today: string): AssessmentPolicyVersion {
    return [...versions].reverse().find((v) => v.effectiveFrom <= today) ?? DEFAULT_ASSESSMENT_POLICY;
  }

  async policyVersions(p: Principal): Promise<AssessmentPolicyType[]> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.CountyRead, { kind: 'county', countyId }, countyId);
    return [DEFAULT_ASSESSMENT_POLICY, ...(await this.policies(dataScopeOf(p), countyId))].map(toPolicyType);
  }

  /** The facts the policy decides on: whether the caller leads the county, whether the ranking is shared. */
  private async target(
    p: Principal,
    unitId: string | null,
    countyId = p.countyId ?? '',
  ): Promise<Extract<Target, { kind: 'assessment' }> & { versions: AssessmentPolicyVersion[] }> {
    const [leader, versions] = await Promise.all([
      countyId ? this.leaders.leader(countyId, p.userId) : null,
      this.policies(dataScopeOf(p), countyId),
    ]);
    return {
      kind: 'assessment',
      countyId,
      unitId,
      callerIsCountyLeader: leader !== null,
      rankingShared: this.inForce(versions, beijingDay(this.clock.now())).shareRanking,
      versions,
    };
  }

  async statistics(p: Principal, r: StatisticsRequest): Promise<AssessmentStatisticsType> {
    const period = periodOf(r.period);
    // A unit asked for by id is judged in its own county (another county's caller learns nothing of it).
    const countyOfUnit = r.unitId
      ? ((await this.units.unitFacts([r.unitId])).get(r.unitId)?.countyId ?? '')
      : (p.countyId ?? '');
    const county = await this.target(p, null, countyOfUnit);
    const countyWide = decide(p, Action.AssessmentRead, county).allowed;
    // Without a unit named, a unit's people see their own unit; the county's readers the county.
    const unitId = r.unitId ?? (countyWide ? null : p.unitId);
    const target = { ...county, unitId };
    authorize(p, Action.AssessmentRead, target, unitId ?? countyOfUnit);
    // The policy allowed the county (or this unit): row security still pins the county, or the unit.
    const scope: DataScope = countyWide
      ? { scope: 'county', countyId: target.countyId, unitId: p.unitId }
      : dataScopeOf(p);
    const today = beijingDay(this.clock.now());
    const versions = county.versions;
    const segments =
      r.rules === AssessmentRules.CURRENT
        ? [{ policy: this.inForce(versions, today), from: period.from, to: period.to }]
        : segmentsOf(versions, period);

    // Pure reads of the read models, which a caught-up standby may serve (ADR 0028): two rounds, not one per query.
    const { sums, open } = await this.db.read(scope, async (m) => ({
      sums: await this.sums(m, target.countyId, period, segments, unitId),
      open: await this.openAtEnd(m, target.countyId, period, unitId),
    }));
    const views = await this.units.unitsByIds(scope, [...new Set([...sums.keys(), ...open.keys()])]);
    const shown = views.filter(
      (u) =>
        (!r.unitKinds?.length || r.unitKinds.includes(u.kind as UnitKind)) &&
        (!r.townshipId || u.unitId === r.townshipId || u.parentId === r.townshipId),
    );
    const scoreOf = (s: UnitSums, withCorrections: boolean) =>
      segments.reduce(
        (total, seg, i) => {
          const c = withCorrections
            ? addCounters({ ...s.bySegment[i] }, s.correctionsBySegment[i])
            : s.bySegment[i];
          const { deducted, added } = pointsUnder(c, seg.policy);
          return total - deducted + added;
        },
        segments[segments.length - 1]?.policy.baseScore ?? DEFAULT_ASSESSMENT_POLICY.baseScore,
      );
    const blank = () => blankSums(segments.length);
    const ranked = rank(
      shown,
      (u) => scoreOf(sums.get(u.unitId) ?? blank(), false),
      (u) => u.name,
    );
    const units: UnitAssessmentType[] = ranked.map(({ item: u, score, rank: place }) => {
      const s = sums.get(u.unitId) ?? blank();
      const corrected = [...FACT_COUNTERS, ...JUDGED_COUNTERS].some((k) => s.corrections[k] > 0);
      return {
        unitId: u.unitId,
        unitName: u.name,
        unitKind: u.kind as UnitKind,
        figures: toFigures(s.figures),
        corrections: corrected ? toFigures(s.corrections) : null,
        overdueOpenAtEnd: open.get(u.unitId) ?? 0,
        score,
        scoreWithCorrections: scoreOf(s, true),
        rank: countyWide ? place : null,
      };
    });
    const total = emptyCounters();
    for (const u of shown) addCounters(total, sums.get(u.unitId)?.figures ?? {});
    const shownIds = shown.map((u) => u.unitId);
    const { trend, incidents } = await this.db.read(scope, async (m) => ({
      trend: await this.trend(m, target.countyId, period, shownIds, segments),
      incidents: await this.breakdown(m, target.countyId, period, unitId),
    }));
    return {
      period: { ...period, closed: period.to < today },
      rules: r.rules,
      rulesLabel:
        r.rules === AssessmentRules.CURRENT
          ? `按现行规则（${versionName(segments[0].policy.version)}）重算，仅供参考，非当期考核结果`
          : `按各日当时有效的规则计分（${segments.map((s) => `${versionName(s.policy.version)} ${s.from} 至 ${s.to}`).join('；')}）`,
      policies: segments.map((s) => toPolicyType(s.policy)),
      units,
      total: toFigures(total),
      trend,
      lateness: LATENESS_BUCKETS.map((b) => ({ label: b.label, count: total[b.counter] })),
      incidents,
    };
  }

  /** The anonymised ranking: every unit's rank and score, names only for the caller's own (or county readers). */
  async ranking(p: Principal, request: PeriodRequest): Promise<AssessmentRankingType> {
    const target = await this.target(p, null);
    authorize(p, Action.AssessmentRanking, target, p.countyId ?? '');
    const period = periodOf(request);
    const countyWide = decide(p, Action.AssessmentRead, target).allowed;
    // The county decided its ranking is shared: the figures behind it are read county-wide, only ranks leave.
    const scope: DataScope = { scope: 'county', countyId: target.countyId, unitId: p.unitId };
    const segments = segmentsOf(target.versions, period);
    const sums = await this.db.read(scope, (m) => this.sums(m, target.countyId, period, segments, null));
    const views = await this.units.unitsByIds(scope, [...sums.keys()]);
    const names = new Map(views.map((u) => [u.unitId, u.name]));
    const ranked = rank(
      [...sums.entries()],
      ([, s]) =>
        segments.reduce(
          (total, seg, i) => {
            const { deducted, added } = pointsUnder(s.bySegment[i], seg.policy);
            return total - deducted + added;
          },
          segments[segments.length - 1]?.policy.baseScore ?? DEFAULT_ASSESSMENT_POLICY.baseScore,
        ),
      ([id]) => id,
    );
    return {
      period: { ...period, closed: period.to < beijingDay(this.clock.now()) },
      rows: ranked.map(({ item: [unitId], score, rank: place }) => ({
        rank: place,
        score,
        isSelf: unitId === p.unitId,
        unitName: countyWide || unitId === p.unitId ? (names.get(unitId) ?? null) : null,
      })),
    };
  }

  /** Sums per unit: as recorded by the period's end, and later (corrections); overall and per policy segment. */
  private async sums(
    m: EntityManager,
    countyId: string,
    period: Period,
    segments: PolicySegment[],
    unitId: string | null,
  ): Promise<Map<string, UnitSums>> {
    const rows = await m.query<(FactCounters & { unit_id: string; late: boolean; seg: number })[]>(
      `SELECT unit_id, recorded_on > $3::date AS late,
                width_bucket(day, $4::date[]) - 1 AS seg, ${SUMS}
           FROM assessment_unit_day
          WHERE county_id = $1 AND day BETWEEN $2::date AND $3::date AND ($5::text IS NULL OR unit_id = $5)
          GROUP BY 1, 2, 3`,
      [countyId, period.from, period.to, segments.map((s) => s.from), unitId],
    );
    const out = new Map<string, UnitSums>();
    for (const row of rows) {
      const s = out.get(row.unit_id) ?? blankSums(segments.length);
      const counters = Object.fromEntries(FACT_COUNTERS.map((k) => [k, Number(row[k])])) as FactCounters;
      const seg = Math.max(0, row.seg);
      if (row.late) {
        addCounters(s.corrections, counters);
        addCounters(s.correctionsBySegment[seg], counters);
      } else {
        addCounters(s.figures, counters);
        addCounters(s.bySegment[seg], counters);
      }
      out.set(row.unit_id, s);
    }
    for (const r of await this.reports(m, countyId, period, segments, unitId)) {
      const s = out.get(r.unit_id) ?? blankSums(segments.length);
      const counts = { lateReports: r.late_reports, missedReports: r.missed_reports };
      addCounters(r.late ? s.corrections : s.figures, counts);
      addCounters((r.late ? s.correctionsBySegment : s.bySegment)[r.seg], counts);
      out.set(r.unit_id, s);
    }
    return out;
  }

  /**
   * 迟报 and 漏报 of the reports in a period, per reporting unit, month and policy segment: each report's lag
   * against the limits of the version in force on its day. `late`: recorded after the period's end (a correction);
   * `lateForMonth`: after its month's end (the trend's rule).
   */
  private reports(
    m: EntityManager,
    countyId: string,
    period: Period,
    segments: PolicySegment[],
    unitId: string | null,
    unitIds: string[] | null = null,
  ) {
    return m.query<
      {
        unit_id: string;
        month: string;
        late: boolean;
        late_for_month: boolean;
        seg: number;
        late_reports: number;
        missed_reports: number;
      }[]
    >(
      `SELECT p.reporting_unit_id AS unit_id, to_char(p.report_day, 'YYYY-MM') AS month,
                p.report_recorded_on > $3::date AS late,
                p.report_recorded_on > (date_trunc('month', p.report_day) + interval '1 month' - interval '1 day')::date
                  AS late_for_month,
                s.seg::int - 1 AS seg,
                count(*) FILTER (WHERE p.report_lag_minutes > s.late_after
                                   AND p.report_lag_minutes <= s.missed_after)::int AS late_reports,
                count(*) FILTER (WHERE p.report_lag_minutes > s.missed_after)::int AS missed_reports
           FROM assessment_incident_profile p
           JOIN unnest($4::date[], $5::date[], $6::int[], $7::int[]) WITH ORDINALITY
                AS s(seg_from, seg_to, late_after, missed_after, seg)
             ON p.report_day BETWEEN s.seg_from AND s.seg_to
          WHERE p.county_id = $1 AND p.report_day BETWEEN $2::date AND $3::date
            AND ($8::text IS NULL OR p.reporting_unit_id = $8)
            AND ($9::text[] IS NULL OR p.reporting_unit_id = ANY($9::text[]))
            AND p.report_lag_minutes > s.late_after
          GROUP BY 1, 2, 3, 4, 5`,
      [
        countyId,
        period.from,
        period.to,
        segments.map((x) => x.from),
        segments.map((x) => x.to),
        segments.map((x) => x.policy.reportLimits.lateAfterMinutes),
        segments.map((x) => x.policy.reportLimits.missedAfterMinutes),
        unitId,
        unitIds,
      ],
    );
  }

  /**
   * The county's incidents (or, for a unit's own people, the unit's) by grade, field, channel, platform — those
   * reported in the period — and by outcome — those closed in it; as recorded by the period's end, with the later
   * corrections beside.
   */
  private async breakdown(
    m: EntityManager,
    countyId: string,
    period: Period,
    unitId: string | null,
  ): Promise<AssessmentBreakdownType[]> {
    const rows = await m.query<{ dimension: string; value: string; late: boolean; n: number }[]>(
      `SELECT dimension, value, recorded_on > $3::date AS late, sum(count)::int AS n
           FROM assessment_incident_breakdown
          WHERE county_id = $1 AND day BETWEEN $2::date AND $3::date AND ($4::text IS NULL OR owner_unit_id = $4)
          GROUP BY 1, 2, 3`,
      [countyId, period.from, period.to, unitId],
    );
    const get = (dimension: string, value: string, late: boolean) =>
      rows.find((r) => r.dimension === dimension && r.value === value && r.late === late)?.n ?? 0;
    return (Object.keys(DIMENSION_VALUES) as BreakdownDimension[]).map((dimension) => ({
      dimension,
      label: DIMENSION_LABELS[dimension],
      rows: DIMENSION_VALUES[dimension].map(({ value, label }) => ({
        value,
        label,
        count: get(dimension, value, false),
        corrections: get(dimension, value, true),
      })),
    }));
  }

  /**
   * Tasks overdue and not handed in at the period's end (or now, for a period still running), by the due time in
   * force then: an extension granted after the period closed does not reach back into it.
   */
  private async openAtEnd(
    m: EntityManager,
    countyId: string,
    period: Period,
    unitId: string | null,
  ): Promise<Map<string, number>> {
    const end = new Date(Math.min(dayStart(nextDay(period.to)).getTime(), this.clock.now().getTime()));
    const rows = await m.query<{ unit_id: string; n: number }[]>(
      `SELECT assignee_unit_id AS unit_id, count(*)::int AS n FROM assessment_task_memo
          WHERE county_id = $1 AND dispatched_at < $2
            AND (SELECT (h->>'dueAt')::timestamptz FROM jsonb_array_elements(due_history) h
                  WHERE (h->>'from')::timestamptz < $2
                  ORDER BY (h->>'from')::timestamptz DESC LIMIT 1) < $2
            AND (first_hand_in_at IS NULL OR first_hand_in_at >= $2) AND (closed_at IS NULL OR closed_at >= $2)
            AND ($3::text IS NULL OR assignee_unit_id = $3)
          GROUP BY 1`,
      [countyId, end, unitId],
    );
    return new Map(rows.map((r) => [r.unit_id, r.n]));
  }

  /** Month by month, the units shown together, as recorded by each month's end. */
  private async trend(
    m: EntityManager,
    countyId: string,
    period: Period,
    unitIds: string[],
    segments: PolicySegment[],
  ) {
    const rows = await m.query<(FactCounters & { month: string })[]>(
      `SELECT to_char(day, 'YYYY-MM') AS month, ${SUMS}
           FROM assessment_unit_day
          WHERE county_id = $1 AND day BETWEEN $2::date AND $3::date AND unit_id = ANY($4::text[])
            AND recorded_on <= (date_trunc('month', day) + interval '1 month' - interval '1 day')::date
          GROUP BY 1`,
      [countyId, period.from, period.to, unitIds],
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const reports = await this.reports(m, countyId, period, segments, null, unitIds);
    return monthsOf(period).map((month) => {
      const row = byMonth.get(month);
      const c = emptyCounters();
      if (row) for (const k of FACT_COUNTERS) c[k] = Number(row[k]);
      for (const r of reports)
        if (r.month === month && !r.late_for_month)
          addCounters(c, { lateReports: r.late_reports, missedReports: r.missed_reports });
      return { month, figures: toFigures(c) };
    });
  }
}
