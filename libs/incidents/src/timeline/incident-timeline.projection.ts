import { EntityManager } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import { IncidentTimelineEntry } from './incident-timeline.entity';
import { TimelineRegistry } from './timeline-registry';

/** Appends a line to an incident's timeline for every described event that names the incident. */
export class IncidentTimelineProjection implements Projection {
  readonly name = 'incident-timeline';
  readonly tables = ['incident_timeline'];

  constructor(private readonly registry: TimelineRegistry) {}

  get eventTypes(): string[] {
    return this.registry.types();
  }

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
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
      const summary = this.registry.describe(e);
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
    if (rows.length) await manager.upsert(IncidentTimelineEntry, rows, ['incidentId', 'globalPosition']);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM incident_timeline`);
  }
}
