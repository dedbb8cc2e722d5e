import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_POOL, ReplicaReads } from '@app/database';
import { EVENT_COLUMNS, EventRow, EventStore, RecordedEvent } from '@app/event-store';
import { TASK_STREAM_TYPE } from '@app/dispatch';

/**
 * SQL that finds every event naming an incident, in log order: through incident_log_events, which reads the partial
 * index es_events_incident as the log's owner (the log's row policy would keep the app role off that index, ADR 0027)
 * and returns nothing in a caller's scope, as the policy does.
 */
export const INCIDENT_EVENTS_SQL = `SELECT ${EVENT_COLUMNS} FROM incident_log_events($1)`;

/**
 * Reads an incident's record straight from the event log — never from a read model, which an operator could edit
 * without breaking any hash. The log itself is outside row-level security; callers authorise first.
 */
@Injectable()
export class IncidentLog {
  constructor(
    @Inject(APP_POOL) private readonly pool: Pool,
    private readonly store: EventStore,
    /** The log as a standby holds it, once it has replayed every write acknowledged before the read (issue 26). */
    private readonly reads: ReplicaReads,
  ) {}

  /** Every event that names the incident (its own, its tasks', letters', statements', deliveries), upcast. */
  async events(incidentId: string): Promise<RecordedEvent[]> {
    const rows = await this.reads.query<EventRow>(INCIDENT_EVENTS_SQL, [incidentId]);
    return rows.map((r) => this.store.toRecorded(r));
  }

  /** The unit that owns a stream (from its head, or its first event when the head is gone). */
  async owningUnit(streamId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ owning_unit: string }>(
      `SELECT owning_unit FROM es_streams WHERE stream_id = $1
       UNION ALL (SELECT owning_unit FROM es_events WHERE stream_id = $1 LIMIT 1) LIMIT 1`,
      [streamId],
    );
    return rows[0]?.owning_unit ?? null;
  }

  /** The streams of the tasks dispatched to a unit in [from, to), each in order, upcast. */
  async tasksOfUnit(unitId: string, from: Date, to: Date): Promise<RecordedEvent[][]> {
    const rows = await this.reads.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE stream_id IN (SELECT stream_id FROM es_events
                             WHERE event_type = 'TaskDispatched' AND data->>'assigneeUnitId' = $1
                               AND recorded_at >= $2 AND recorded_at < $3)
          AND stream_type = $4
        ORDER BY stream_id, stream_version`,
      [unitId, from, to, TASK_STREAM_TYPE],
    );
    const byStream = new Map<string, RecordedEvent[]>();
    for (const r of rows) {
      const list = byStream.get(r.stream_id) ?? [];
      list.push(this.store.toRecorded(r));
      byStream.set(r.stream_id, list);
    }
    return [...byStream.values()];
  }
}
