import { EntityManager } from 'typeorm';
import { RecordedEvent, RowProjection } from '@app/event-store';
import { evolveIncident, IncidentState, initialIncidentState } from '../domain/incident.decider';
import { IncidentStatus } from '../domain/incident.enums';
import { IncidentEvent, IncidentEventType } from '../domain/incident.events';
import { IncidentView, WarningRecord } from './incident-view.entity';

const toDomain = (e: RecordedEvent) => ({ type: e.type, data: e.data }) as unknown as IncidentEvent;
const add = (list: string[], ...units: (string | null | undefined)[]) => [
  ...new Set([...list, ...units.filter((u): u is string => !!u)]),
];

/**
 * Folds one event into an incident's row. Pure and deterministic (times come from the events, never the clock),
 * so a rebuild from the log gives exactly the live content. The decider's own state is kept beside the columns,
 * so that what the incident allows next is answered by the same code that decides.
 */
export function applyToIncidentView(
  view: IncidentView | undefined,
  event: RecordedEvent,
): IncidentView | undefined {
  const e = toDomain(event);
  if (e.type === IncidentEventType.Reported) {
    const d = e.data;
    return Object.assign(new IncidentView(), {
      incidentId: d.incidentId,
      owningUnit: event.owningUnit,
      countyId: d.countyId ?? null,
      // A village's township sees what its village reported (000 §三1).
      visibleUnits: add([], event.owningUnit, d.reportingUnitId, d.townshipUnitId),
      version: event.streamVersion,
      status: IncidentStatus.REGISTERED,
      channel: d.channel,
      platform: d.platform,
      urls: d.urls,
      title: d.title,
      excerpt: d.excerpt,
      discoveredAt: new Date(d.discoveredAt),
      spread: d.spread,
      confidential: d.confidential,
      reportingUnitId: d.reportingUnitId,
      reportedBy: d.reportedBy,
      reportedAt: new Date(d.reportedAt),
      grade: null,
      nature: null,
      veracity: null,
      field: null,
      indicators: null,
      reasoning: null,
      assessmentRevision: 0,
      assessedBy: null,
      assessedAt: null,
      listedAt: null,
      requirements: null,
      warning: null,
      warnings: [],
      linkage: null,
      escalations: [],
      conferences: [],
      calmedAt: null,
      closedAt: null,
      guarantor: null,
      tracker: null,
      townshipUnitId: d.townshipUnitId ?? null,
      localUnitId: null,
      reopenCount: 0,
      review: null,
      accountability: [],
      spreadReadings: [],
      reassessment: null,
      deciderState: evolveIncident(initialIncidentState(), e),
      updatedAt: event.recordedAt,
    });
  }
  if (!view) return view;
  const v = view;
  const state = evolveIncident(v.deciderState ?? initialIncidentState(), e);
  Object.assign(v, {
    version: event.streamVersion,
    updatedAt: event.recordedAt,
    deciderState: state,
    status: state.status,
  });
  switch (e.type) {
    case IncidentEventType.Assessed: {
      const d = e.data;
      return Object.assign(v, {
        grade: d.grade,
        nature: d.nature,
        veracity: d.veracity,
        field: d.field,
        indicators: d.indicators,
        reasoning: d.reasoning,
        assessmentRevision: d.revision,
        assessedBy: d.assessedBy,
        assessedAt: new Date(d.assessedAt),
        reassessment: null,
      });
    }
    case IncidentEventType.Listed:
      return Object.assign(v, { listedAt: new Date(e.data.at), requirements: e.data.requirements });
    case IncidentEventType.WarningIssued:
    case IncidentEventType.WarningAdjusted: {
      const d = e.data;
      const record: WarningRecord = {
        action: e.type === IncidentEventType.WarningIssued ? 'ISSUED' : 'ADJUSTED',
        active: true,
        level: d.level,
        object: d.object,
        startAt: d.startAt,
        scope: d.scope,
        scopeUnitIds: d.scopeUnitIds ?? [],
        matters: d.matters,
        measures: d.measures,
        issuingUnitId: 'issuingUnitId' in d ? d.issuingUnitId : (v.warning?.issuingUnitId ?? d.byUnit),
        reason: 'reason' in d ? d.reason : null,
        by: d.by,
        at: d.at,
      };
      // A unit named in the warning's scope may read the incident the warning is about.
      return Object.assign(v, {
        warning: record,
        warnings: [...v.warnings, record],
        visibleUnits: add(v.visibleUnits, ...(d.scopeUnitIds ?? [])),
      });
    }
    case IncidentEventType.WarningLifted: {
      if (!v.warning) return v;
      const lifted: WarningRecord = {
        ...v.warning,
        action: 'LIFTED',
        active: false,
        reason: e.data.reason,
        by: e.data.by,
        at: e.data.at,
      };
      return Object.assign(v, { warning: lifted, warnings: [...v.warnings, lifted] });
    }
    case IncidentEventType.Escalated: {
      const d = e.data;
      return Object.assign(v, {
        escalations: [
          ...v.escalations,
          {
            to: d.to,
            summary: d.summary,
            cityOfficeUnitId: d.cityOfficeUnitId,
            by: d.by,
            byUnit: d.byUnit,
            at: d.at,
          },
        ],
        // The city office sees what was reported to it.
        visibleUnits: add(v.visibleUnits, d.cityOfficeUnitId),
      });
    }
    case IncidentEventType.LinkageActivated: {
      const d = e.data;
      return Object.assign(v, {
        linkage: {
          active: true,
          leadUnitId: d.leadUnitId,
          coreUnitIds: d.coreUnitIds,
          memberUnitIds: d.memberUnitIds,
          releasedUnitIds: [],
          byDecision: d.byDecision,
          reason: d.reason,
          activatedBy: d.by,
          activatedAt: d.at,
        },
        // Activation gives every member access to the incident (DOMAIN §4).
        visibleUnits: add(v.visibleUnits, d.leadUnitId, ...d.coreUnitIds, ...d.memberUnitIds),
      });
    }
    case IncidentEventType.LinkageMembersAdded:
      if (!v.linkage) return v;
      return Object.assign(v, {
        linkage: { ...v.linkage, memberUnitIds: add(v.linkage.memberUnitIds, ...e.data.unitIds) },
        visibleUnits: add(v.visibleUnits, ...e.data.unitIds),
      });
    case IncidentEventType.LinkageMemberReleased:
      if (!v.linkage) return v;
      // DOMAIN §1: a unit sees incidents whose linkage it belongs to. Released, it keeps sight only for another
      // reason: it reported or owns the incident, holds a task of it, or received its escalation.
      return Object.assign(v, {
        linkage: {
          ...v.linkage,
          memberUnitIds: v.linkage.memberUnitIds.filter((u) => u !== e.data.unitId),
          releasedUnitIds: add(v.linkage.releasedUnitIds, e.data.unitId),
        },
        visibleUnits: stillInvolved(v, state, e.data.unitId)
          ? v.visibleUnits
          : v.visibleUnits.filter((u) => u !== e.data.unitId),
      });
    case IncidentEventType.JointConferenceRecorded: {
      const d = e.data;
      return Object.assign(v, {
        conferences: [
          ...v.conferences,
          {
            conferenceId: d.conferenceId,
            heldAt: d.heldAt,
            participants: d.participants,
            participantUnitIds: d.participantUnitIds,
            decisions: d.decisions,
            followUpTaskIds: d.followUpTaskIds,
            recordedBy: d.by,
          },
        ],
      });
    }
    case IncidentEventType.TaskAttached:
      return Object.assign(v, { visibleUnits: add(v.visibleUnits, e.data.unitId) });
    case IncidentEventType.Calmed:
      return Object.assign(v, { calmedAt: new Date(e.data.at) });
    case IncidentEventType.Closed:
      return Object.assign(v, { closedAt: new Date(e.data.at) });
    case IncidentEventType.Reopened:
      return Object.assign(v, { reopenCount: v.reopenCount + 1, closedAt: null, calmedAt: null });
    case IncidentEventType.ReviewFiled: {
      const { cause, spread, result, experience, problems, by, at } = e.data;
      return Object.assign(v, { review: { cause, spread, result, experience, problems, by, at } });
    }
    case IncidentEventType.AccountabilityRecorded:
      return Object.assign(v, {
        accountability: [
          ...v.accountability,
          ...e.data.findings.map((f) => ({ ...f, by: e.data.by, at: e.data.at })),
        ],
      });
    // What a unit adds lives on the timeline.
    case IncidentEventType.Supplemented:
    case IncidentEventType.TaskSettled:
      return v;
    case IncidentEventType.SpreadReadingRecorded: {
      const { observedAt, spread, sourceName, intakeItemId, by, at } = e.data;
      return Object.assign(v, {
        spreadReadings: [
          ...(v.spreadReadings ?? []),
          { observedAt, spread, sourceName, intakeItemId, by, at },
        ],
      });
    }
    case IncidentEventType.ReassessmentSuggested:
      return Object.assign(v, {
        reassessment: {
          grade: e.data.grade,
          suggestedGrade: e.data.suggestedGrade,
          reasons: e.data.reasons,
          at: e.data.at,
        },
      });
    case IncidentEventType.TakenUpLocally:
      return Object.assign(v, { localUnitId: e.data.townshipUnitId });
    case IncidentEventType.TakenOver:
      return Object.assign(v, { localUnitId: null });
    case IncidentEventType.ResponsibilityNamed:
      return Object.assign(v, {
        guarantor: e.data.guarantor ?? v.guarantor ?? null,
        tracker: e.data.tracker ?? v.tracker ?? null,
      });
  }
}

/** Keeps `incident_view`, one row per incident. */
export class IncidentViewProjection extends RowProjection<IncidentView> {
  override readonly tables = ['incident_view', 'incident_view_units'];

  constructor() {
    super({
      name: 'incident-view',
      entity: IncidentView,
      table: 'incident_view',
      keyProperty: 'incidentId',
      eventTypes: Object.values(IncidentEventType),
      // 2: the loop's columns (listing, warnings, linkage, escalations, review) and the decider's state.
      // 3: a released linkage member loses sight unless otherwise involved.
      // 4: 包保领导 and 跟踪专人. 5: the reporting village's township and the township handling it locally.
      // 6: spread readings and the request to assess again. 7: incident_view_units beside the rows.
      version: 7,
      keyOf: (e) => String((e.data as { incidentId?: string }).incidentId),
      apply: applyToIncidentView,
    });
  }

  /**
   * The rows, then their visible units mirrored into incident_view_units (what lets "my unit sees it" use an
   * index under row-level security): two set-based statements per batch, in the same transaction.
   */
  override async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    await super.apply(events, manager);
    const ids = [...new Set(events.map((e) => String((e.data as { incidentId?: string }).incidentId)))];
    await manager.query(`DELETE FROM incident_view_units WHERE incident_id = ANY($1::uuid[])`, [ids]);
    await manager.query(
      `INSERT INTO incident_view_units (unit_id, incident_id, county_id)
       SELECT DISTINCT u, incident_id, county_id FROM incident_view, unnest(visible_units) AS u
        WHERE incident_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  override async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM incident_view_units`);
    await super.clear(manager);
  }
}

/** Whether a unit has a reason to see the incident other than linkage membership. */
function stillInvolved(v: IncidentView, state: IncidentState, unitId: string): boolean {
  return (
    v.owningUnit === unitId ||
    v.reportingUnitId === unitId ||
    v.escalations.some((x) => x.cityOfficeUnitId === unitId) ||
    Object.values(state.tasks).some((t) => t.unitId === unitId)
  );
}
