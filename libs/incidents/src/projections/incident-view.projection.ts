import { RecordedEvent, RowProjection } from '@app/event-store';
import { IncidentStatus } from '../domain/incident.enums';
import { IncidentAssessedData, IncidentEventType, IncidentReportedData } from '../domain/incident.events';
import { IncidentView } from './incident-view.entity';

/**
 * Folds one event into an incident's row. Pure and deterministic (times come from the events, never the clock),
 * so a rebuild from the log gives exactly the live content.
 */
export function applyToIncidentView(
  view: IncidentView | undefined,
  event: RecordedEvent,
): IncidentView | undefined {
  switch (event.type) {
    case IncidentEventType.Reported: {
      const d = event.data as unknown as IncidentReportedData;
      return Object.assign(new IncidentView(), {
        incidentId: d.incidentId,
        owningUnit: event.owningUnit,
        countyId: d.countyId ?? null,
        visibleUnits: [...new Set([event.owningUnit, d.reportingUnitId])],
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
        updatedAt: event.recordedAt,
      });
    }
    case IncidentEventType.Assessed: {
      if (!view) return view;
      const d = event.data as unknown as IncidentAssessedData;
      return Object.assign(view, {
        version: event.streamVersion,
        status:
          (view.status as IncidentStatus) === IncidentStatus.REGISTERED
            ? IncidentStatus.ASSESSED
            : view.status,
        grade: d.grade,
        nature: d.nature,
        veracity: d.veracity,
        field: d.field,
        indicators: d.indicators,
        reasoning: d.reasoning,
        assessmentRevision: d.revision,
        assessedBy: d.assessedBy,
        assessedAt: new Date(d.assessedAt),
        updatedAt: event.recordedAt,
      });
    }
    default:
      return view;
  }
}

/** Keeps `incident_view`, one row per incident. */
export class IncidentViewProjection extends RowProjection<IncidentView> {
  constructor() {
    super({
      name: 'incident-view',
      entity: IncidentView,
      table: 'incident_view',
      keyProperty: 'incidentId',
      eventTypes: Object.values(IncidentEventType),
      keyOf: (e) => String((e.data as { incidentId?: string }).incidentId),
      apply: applyToIncidentView,
    });
  }
}
