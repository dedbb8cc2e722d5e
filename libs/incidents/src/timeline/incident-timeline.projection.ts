import { EntityManager } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import { IncidentTimelineEntry } from './incident-timeline.entity';
import { TimelineRegistry } from './timeline-registry';

/**
 * The timeline lines a batch of events makes: one per described event that names an incident, keyed by the incident
 * and the event's log position, so that the writer's upsert makes a replay change nothing.
 */
export function timelineEntries(
  events: RecordedEvent[],
  registry: TimelineRegistry,
): IncidentTimelineEntry[] {
  const rows: IncidentTimelineEntry[] = [];
  for (const e of events) {
    const data = e.data as {
      incidentId?: string | null;
      taskId?: string;
      letterId?: string;
      statementId?: string;
      reportId?: string;
      countyId?: string | null;
    };
    if (!data.incidentId) continue;
    const summary = registry.describe(e);
    if (!summary) continue;
    rows.push(
      Object.assign(new IncidentTimelineEntry(), {
        incidentId: data.incidentId,
        globalPosition: e.globalPosition.toString(),
        countyId: data.countyId ?? null,
        recordedAt: e.recordedAt,
        eventType: e.type,
        streamId: e.streamId,
        refId: data.taskId ?? data.letterId ?? data.statementId ?? data.reportId ?? null,
        actorUser: e.metadata.actorUser,
        actorUnit: e.metadata.actorUnit,
        actorName: typeof e.metadata.actorName === 'string' ? e.metadata.actorName : null,
        summaryZh: summary.zh,
        summaryEn: summary.en,
      }),
    );
  }
  return rows;
}

/** Appends a line to an incident's timeline for every described event that names the incident. */
export class IncidentTimelineProjection implements Projection {
  readonly name = 'incident-timeline';
  readonly tables = ['incident_timeline'];

  constructor(private readonly registry: TimelineRegistry) {}

  get eventTypes(): string[] {
    return this.registry.types();
  }

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = timelineEntries(events, this.registry);
    if (rows.length) await manager.upsert(IncidentTimelineEntry, rows, ['incidentId', 'globalPosition']);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM incident_timeline`);
  }
}
