import { SPREAD_FIGURE_LABELS } from '@app/organization';
import { alongsideOperations, unavailableSteps } from '../domain/incident-alongside';
import { allowedOperations } from '../domain/incident.decider';
import { Grade, IncidentField, IncidentNature, IncidentStatus, Veracity } from '../domain/incident.enums';
import { IncidentView } from '../projections/incident-view.entity';
import { IncidentAction } from './incident-enums.graphql';
import { IncidentType, WarningType } from './incident.types';

const toWarning = (w: IncidentView['warnings'][number]): WarningType => ({
  ...w,
  scopeUnitIds: w.scopeUnitIds ?? [],
  level: w.level as Grade,
  startAt: new Date(w.startAt),
  at: new Date(w.at),
});

/** `can` narrows the allowed actions to what the caller may do (the policy's half of the answer). */
export function toIncidentType(
  v: IncidentView,
  can: (op: IncidentAction) => boolean = () => true,
): IncidentType {
  return {
    id: v.incidentId,
    version: v.version,
    status: v.status as IncidentStatus,
    title: v.title,
    excerpt: v.excerpt,
    channel: v.channel as IncidentType['channel'],
    platform: v.platform as IncidentType['platform'],
    urls: v.urls,
    discoveredAt: v.discoveredAt,
    spread: v.spread,
    spreadReadings: (v.spreadReadings ?? []).map((r) => ({
      observedAt: new Date(r.observedAt),
      spread: r.spread,
      sourceName: r.sourceName,
      intakeItemId: r.intakeItemId,
      recordedBy: r.by,
      recordedAt: new Date(r.at),
    })),
    reassessment: v.reassessment
      ? {
          grade: v.reassessment.grade as Grade | null,
          suggestedGrade: v.reassessment.suggestedGrade as Grade,
          reasons: v.reassessment.reasons.map((r) => ({
            ...r,
            label: SPREAD_FIGURE_LABELS[r.figure as keyof typeof SPREAD_FIGURE_LABELS]?.zh ?? r.figure,
          })),
          at: new Date(v.reassessment.at),
        }
      : null,
    confidential: v.confidential,
    grade: (v.grade as Grade | null) ?? null,
    assessment:
      v.grade && v.assessedAt
        ? {
            nature: v.nature as IncidentNature,
            veracity: v.veracity as Veracity,
            field: v.field as IncidentField,
            grade: v.grade as Grade,
            indicators: v.indicators ?? [],
            reasoning: v.reasoning ?? '',
            revision: v.assessmentRevision,
            assessedBy: v.assessedBy ?? '',
            assessedAt: v.assessedAt,
          }
        : null,
    reportingUnitId: v.reportingUnitId,
    owningUnitId: v.owningUnit,
    localUnitId: v.localUnitId ?? null,
    reportedBy: v.reportedBy,
    reportedAt: v.reportedAt,
    listedAt: v.listedAt,
    requirements: v.requirements,
    warning: v.warning ? toWarning(v.warning) : null,
    warnings: v.warnings.map(toWarning),
    linkage: v.linkage ? { ...v.linkage, activatedAt: new Date(v.linkage.activatedAt) } : null,
    escalations: v.escalations.map((e) => ({
      ...e,
      to: e.to as IncidentType['escalations'][number]['to'],
      at: new Date(e.at),
    })),
    conferences: v.conferences.map((c) => ({ ...c, id: c.conferenceId, heldAt: new Date(c.heldAt) })),
    calmedAt: v.calmedAt,
    closedAt: v.closedAt,
    reopenCount: v.reopenCount,
    review: v.review ? { ...v.review, at: new Date(v.review.at) } : null,
    accountability: v.accountability.map((a) => ({ ...a, at: new Date(a.at) })),
    guarantor: v.guarantor ?? null,
    tracker: v.tracker ?? null,
    allowedActions: v.deciderState
      ? (
          [...allowedOperations(v.deciderState), ...alongsideOperations(v.deciderState)] as IncidentAction[]
        ).filter(can)
      : [],
    // Only what the policy lets the caller do: a step that is never theirs is not shown, disabled or not.
    unavailableActions: v.deciderState
      ? unavailableSteps(v.deciderState)
          .filter((u) => can(u.operation as IncidentAction))
          .map((u) => ({ action: u.operation as IncidentAction, reason: u.reason.zh, reasonEn: u.reason.en }))
      : [],
    involvedUnitIds: v.visibleUnits,
    updatedAt: v.updatedAt,
  };
}
