import { AssessmentPolicyVersion, DEFAULT_ASSESSMENT_POLICY } from './assessment.events';
import { Counters } from './unit-day-facts';
import { nextDay, Period } from './periods';

/** A stretch of a period scored under one version of the policy. */
export interface PolicySegment {
  policy: AssessmentPolicyVersion;
  from: string;
  to: string;
}

/**
 * The versions in force over a period, day by day: on each day, the latest version whose effective day has come
 * (versions only ever take effect in order, the decider sees to it). Without any, the default.
 */
export function segmentsOf(versions: AssessmentPolicyVersion[], p: Period): PolicySegment[] {
  const sorted = [DEFAULT_ASSESSMENT_POLICY, ...[...versions].sort((a, b) => a.version - b.version)];
  const out: PolicySegment[] = [];
  sorted.forEach((policy, i) => {
    // In force from its day until the day before a later version takes over (a later version of the same day wins).
    const takenOver = sorted
      .slice(i + 1)
      .map((v) => v.effectiveFrom)
      .sort()[0];
    const start = policy.effectiveFrom > p.from ? policy.effectiveFrom : p.from;
    const endExclusive = takenOver && takenOver <= p.to ? takenOver : nextDay(p.to);
    if (start < endExclusive && start <= p.to) out.push({ policy, from: start, to: dayBefore(endExclusive) });
  });
  return out;
}

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Points taken off and added by these facts under one version. */
export function pointsUnder(
  c: Pick<
    Counters,
    | 'handedInLate'
    | 'overdue'
    | 'supervised'
    | 'sentBack'
    | 'lettersMissed'
    | 'earlyClosures'
    | 'lateReports'
    | 'missedReports'
  >,
  policy: AssessmentPolicyVersion,
): { deducted: number; added: number } {
  const p = policy.points;
  return {
    deducted:
      c.handedInLate * p.lateHandIn +
      c.overdue * p.overdue +
      c.supervised * p.supervision +
      c.sentBack * p.sentBack +
      c.lettersMissed * p.missedLetter +
      c.lateReports * p.lateReport +
      c.missedReports * p.missedReport,
    added: c.earlyClosures * p.earlyClosureBonus,
  };
}

export interface Ranked<T> {
  item: T;
  score: number;
  rank: number;
}

/** Highest score first; equal scores share a rank (1, 1, 3), then by `tieKey` for a stable order. */
export function rank<T>(items: T[], scoreOf: (t: T) => number, tieKey: (t: T) => string): Ranked<T>[] {
  const sorted = items
    .map((item) => ({ item, score: scoreOf(item) }))
    .sort((a, b) => b.score - a.score || tieKey(a.item).localeCompare(tieKey(b.item)));
  return sorted.map((r, i) => ({
    ...r,
    rank: sorted.findIndex((s) => s.score === r.score) + 1 || i + 1,
  }));
}
