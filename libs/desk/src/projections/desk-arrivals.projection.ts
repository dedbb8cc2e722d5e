import { EntityManager } from 'typeorm';
import { Projection } from '@app/event-store';
import { INBOX_ITEM_ARRIVED, InboxAudience, InboxItemArrivedData } from '@app/inbox';
import { RecordedEvent } from '@app/kernel';
import { ARRIVALS_READ, ArrivalsReadData, ARRIVALS_TO_READ } from '../domain/arrivals';
import { DeskArrivalRead, DeskArrivalView } from './desk-arrival.entities';

/**
 * The rows a batch of events makes: an arrival to read, keyed by its own event id; a read, by person and arrival.
 * Pure, so the same events always make the same rows and the writer's upserts make a replay change nothing.
 */
export function deskArrivalRows(events: RecordedEvent[]): {
  arrivals: DeskArrivalView[];
  reads: DeskArrivalRead[];
} {
  const arrivals: DeskArrivalView[] = [];
  const reads: DeskArrivalRead[] = [];
  for (const e of events) {
    if (e.type === ARRIVALS_READ) {
      const d = e.data as unknown as ArrivalsReadData;
      for (const eventId of d.arrivalIds)
        reads.push(
          Object.assign(new DeskArrivalRead(), {
            userId: d.userId,
            eventId,
            unitId: d.unitId,
            readAt: new Date(d.at),
          }),
        );
      continue;
    }
    if (e.type !== INBOX_ITEM_ARRIVED) continue;
    const d = e.data as unknown as InboxItemArrivedData;
    if (!ARRIVALS_TO_READ.has(d.kind)) continue;
    arrivals.push(
      Object.assign(new DeskArrivalView(), {
        eventId: e.eventId,
        unitId: d.unitId,
        kind: d.kind,
        refType: d.refType,
        refId: d.refId,
        incidentId: d.incidentId,
        title: d.confidential ? null : d.title,
        note: d.confidential ? null : (d.note ?? null),
        confidential: d.confidential,
        fromUnitId: d.fromUnitId,
        audience: d.audience ?? InboxAudience.UNIT,
        recipientUserIds: d.recipientUserIds ?? [],
        arrivedAt: new Date(d.at),
      }),
    );
  }
  return { arrivals, reads };
}

/** Keeps the arrivals to read and who read them: both folded from the log, so a rebuild gives the same rows. */
export class DeskArrivalsProjection implements Projection {
  readonly name = 'desk-arrivals';
  readonly tables = ['desk_arrival_view', 'desk_arrival_read'];
  readonly eventTypes = [INBOX_ITEM_ARRIVED, ARRIVALS_READ];
  readonly version = 1;

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const { arrivals, reads } = deskArrivalRows(events);
    if (arrivals.length) await manager.upsert(DeskArrivalView, arrivals, ['eventId']);
    if (reads.length) await manager.upsert(DeskArrivalRead, reads, ['userId', 'eventId']);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM desk_arrival_read`);
    await manager.query(`DELETE FROM desk_arrival_view`);
  }
}
