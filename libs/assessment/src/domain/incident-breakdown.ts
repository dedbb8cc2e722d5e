import { beijingDay, RecordedEvent } from '@app/kernel';
import { TaskDispatchedData, TaskEventType, TaskKind } from '@app/dispatch/domain';
import {
  DISCOVERY_CHANNEL_LABELS,
  FIELD_LABELS,
  GRADE_LABELS,
  IncidentAssessedData,
  IncidentEventType,
  IncidentReportedData,
  PLATFORM_LABELS,
} from '@app/incidents/domain';
import { StatementEventType, TakedownEventType } from '@app/response/domain';

/**
 * A county's incidents by grade, field, discovery channel, platform and outcome (issue 24), per owner unit and
 * period, folded from the log like the per-unit facts (ADR 0024): every change is a count (+1, or −1 where an
 * earlier count no longer holds) on the Beijing day it belongs to, kept with the day it was recorded on.
 *
 * - Grade, field, channel and platform describe the incidents **reported** in the period: each belongs to its
 *   report's day. It is 未研判 until first assessed; a later re-grading moves it (−1 old, +1 new) on that same day,
 *   so after the period closed it is a late correction, never a change of the closed figures.
 * - Outcome describes the incidents **closed** (办结) in the period, by how they were handled (`outcomeOf`): it
 *   belongs to the day of closing; a reopening takes it back (−1 on that day, recorded when it was reopened).
 */
export const BreakdownDimension = {
  GRADE: 'GRADE',
  FIELD: 'FIELD',
  CHANNEL: 'CHANNEL',
  PLATFORM: 'PLATFORM',
  OUTCOME: 'OUTCOME',
} as const;
export type BreakdownDimension = (typeof BreakdownDimension)[keyof typeof BreakdownDimension];

/** Not yet graded, or field not yet judged: the first assessment moves the incident out of it. */
export const UNASSESSED = 'UNASSESSED';

/**
 * How an incident was closed, by the strongest measure taken on it before closing (000, 003: by nature — refer to
 * the police, write to the website, answer in public; or the 一函四单 loop, or a township on its own).
 */
export const IncidentOutcome = {
  POLICE_REFERRAL: 'POLICE_REFERRAL',
  TAKEDOWN: 'TAKEDOWN',
  PUBLIC_RESPONSE: 'PUBLIC_RESPONSE',
  HANDLED_LOCALLY: 'HANDLED_LOCALLY',
  TASKS: 'TASKS',
  MONITORED: 'MONITORED',
} as const;
export type IncidentOutcome = (typeof IncidentOutcome)[keyof typeof IncidentOutcome];

export const OUTCOME_LABELS: Record<IncidentOutcome, string> = {
  POLICE_REFERRAL: '移交公安依法处置',
  TAKEDOWN: '函告网站处置',
  PUBLIC_RESPONSE: '公开回应',
  HANDLED_LOCALLY: '乡镇自行处置',
  TASKS: '派单核查办结',
  MONITORED: '跟踪监测平息（未派单）',
};

/** The measures an incident's outcome is read from, strongest first. */
const MEASURE_ORDER: IncidentOutcome[] = [
  IncidentOutcome.POLICE_REFERRAL,
  IncidentOutcome.TAKEDOWN,
  IncidentOutcome.PUBLIC_RESPONSE,
  IncidentOutcome.HANDLED_LOCALLY,
  IncidentOutcome.TASKS,
];

export function outcomeOf(measures: string[]): IncidentOutcome {
  return MEASURE_ORDER.find((m) => measures.includes(m)) ?? IncidentOutcome.MONITORED;
}

export const DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  GRADE: '按级别',
  FIELD: '按领域',
  CHANNEL: '按发现渠道',
  PLATFORM: '按平台',
  OUTCOME: '按办结方式',
};

/** Every value of a dimension in the order a table shows it, with its label (未研判 last). */
export const DIMENSION_VALUES: Record<BreakdownDimension, { value: string; label: string }[]> = {
  GRADE: [
    ...Object.entries(GRADE_LABELS)
      .reverse()
      .map(([value, l]) => ({ value, label: l.zh })),
    { value: UNASSESSED, label: '未研判' },
  ],
  FIELD: [
    ...Object.entries(FIELD_LABELS).map(([value, l]) => ({ value, label: l.zh })),
    { value: UNASSESSED, label: '未研判' },
  ],
  CHANNEL: Object.entries(DISCOVERY_CHANNEL_LABELS).map(([value, l]) => ({ value, label: l.zh })),
  PLATFORM: Object.entries(PLATFORM_LABELS).map(([value, l]) => ({ value, label: l.zh })),
  OUTCOME: Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label })),
};

/** What the fold keeps of an incident between its events; also each report's lag, for 迟报/漏报. */
export interface IncidentProfile {
  incidentId: string;
  countyId: string;
  ownerUnitId: string;
  reportingUnitId: string;
  discoveredAt: Date;
  reportedAt: Date;
  reportDay: string;
  reportRecordedOn: string;
  reportLagMinutes: number;
  channel: string;
  platform: string;
  grade: string | null;
  field: string | null;
  /** The measures taken so far (IncidentOutcome values but MONITORED). */
  measures: string[];
  /** The close that is counted (null while open, or once reopened). */
  closedDay: string | null;
  outcome: string | null;
}

export interface BreakdownIncrement {
  countyId: string;
  ownerUnitId: string;
  day: string;
  recordedOn: string;
  dimension: BreakdownDimension;
  value: string;
  count: number;
}

export const BREAKDOWN_EVENT_TYPES: string[] = [
  IncidentEventType.Reported,
  IncidentEventType.Assessed,
  IncidentEventType.Closed,
  IncidentEventType.Reopened,
  IncidentEventType.TakenUpLocally,
  TaskEventType.Dispatched,
  TakedownEventType.Sent,
  StatementEventType.Published,
];

const MEASURE_OF_EVENT: Partial<Record<string, IncidentOutcome>> = {
  [IncidentEventType.TakenUpLocally]: IncidentOutcome.HANDLED_LOCALLY,
  [TakedownEventType.Sent]: IncidentOutcome.TAKEDOWN,
  [StatementEventType.Published]: IncidentOutcome.PUBLIC_RESPONSE,
};

/**
 * Folds one event: the counts it changes, and the profile it changes (in `profiles`, which the caller loaded for the
 * batch and saves after it). Times come from the events, never the clock: a rebuild gives exactly the live rows.
 */
export function foldBreakdown(
  e: RecordedEvent,
  profiles: Map<string, IncidentProfile>,
): BreakdownIncrement[] {
  const recorded = beijingDay(e.recordedAt);
  const d = e.data as { incidentId?: string; at?: string };
  const incidentId = String(d.incidentId ?? '');

  if (e.type === IncidentEventType.Reported) {
    const r = e.data as unknown as IncidentReportedData;
    if (!r.countyId) return [];
    const reportedAt = new Date(r.reportedAt);
    const discoveredAt = new Date(r.discoveredAt);
    const reportDay = beijingDay(reportedAt);
    const p: IncidentProfile = {
      incidentId: r.incidentId,
      countyId: r.countyId,
      ownerUnitId: e.owningUnit,
      reportingUnitId: r.reportingUnitId,
      discoveredAt,
      reportedAt,
      reportDay,
      reportRecordedOn: recorded > reportDay ? recorded : reportDay,
      reportLagMinutes: Math.max(0, Math.floor((reportedAt.getTime() - discoveredAt.getTime()) / 60_000)),
      channel: r.channel,
      platform: r.platform,
      grade: null,
      field: null,
      measures: [],
      closedDay: null,
      outcome: null,
    };
    profiles.set(p.incidentId, p);
    const count = (dimension: BreakdownDimension, value: string) =>
      increment(p, reportDay, recorded, dimension, value, 1);
    return [
      count(BreakdownDimension.CHANNEL, p.channel),
      count(BreakdownDimension.PLATFORM, p.platform),
      count(BreakdownDimension.GRADE, UNASSESSED),
      count(BreakdownDimension.FIELD, UNASSESSED),
    ];
  }

  const p = profiles.get(incidentId);
  if (!p) return [];
  const at = typeof d.at === 'string' ? new Date(d.at) : e.recordedAt;

  if (e.type === IncidentEventType.Assessed) {
    const a = e.data as unknown as IncidentAssessedData;
    const out: BreakdownIncrement[] = [];
    const move = (dimension: BreakdownDimension, from: string, to: string) => {
      if (from === to) return;
      out.push(increment(p, p.reportDay, recorded, dimension, from, -1));
      out.push(increment(p, p.reportDay, recorded, dimension, to, 1));
    };
    move(BreakdownDimension.GRADE, p.grade ?? UNASSESSED, a.grade);
    move(BreakdownDimension.FIELD, p.field ?? UNASSESSED, a.field);
    p.grade = a.grade;
    p.field = a.field;
    return out;
  }
  if (e.type === IncidentEventType.Closed) {
    if (p.closedDay) return [];
    const day = beijingDay(at);
    p.closedDay = day;
    p.outcome = outcomeOf(p.measures);
    return [increment(p, day, recorded, BreakdownDimension.OUTCOME, p.outcome, 1)];
  }
  if (e.type === IncidentEventType.Reopened) {
    if (!p.closedDay || !p.outcome) return [];
    const back = increment(p, p.closedDay, recorded, BreakdownDimension.OUTCOME, p.outcome, -1);
    p.closedDay = null;
    p.outcome = null;
    return [back];
  }
  const measure =
    e.type === TaskEventType.Dispatched
      ? (e.data as unknown as TaskDispatchedData).kind === TaskKind.POLICE_REFERRAL
        ? IncidentOutcome.POLICE_REFERRAL
        : IncidentOutcome.TASKS
      : MEASURE_OF_EVENT[e.type];
  if (measure && !p.measures.includes(measure)) p.measures = [...p.measures, measure];
  return [];
}

function increment(
  p: IncidentProfile,
  day: string,
  recorded: string,
  dimension: BreakdownDimension,
  value: string,
  count: number,
): BreakdownIncrement {
  return {
    countyId: p.countyId,
    ownerUnitId: p.ownerUnitId,
    day,
    recordedOn: recorded > day ? recorded : day,
    dimension,
    value,
    count,
  };
}
