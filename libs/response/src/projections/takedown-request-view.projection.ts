import { RecordedEvent, RowProjection } from '@app/event-store';
import { TakedownEvent, TakedownEventType } from '../domain/takedown-request.events';
import { TakedownRequestView } from './takedown-request-view.entity';

export function applyToTakedownView(
  row: TakedownRequestView | undefined,
  event: RecordedEvent,
): TakedownRequestView | undefined {
  const e = { type: event.type, data: event.data } as unknown as TakedownEvent;
  switch (e.type) {
    case TakedownEventType.Sent: {
      const d = e.data;
      return Object.assign(new TakedownRequestView(), {
        requestId: d.requestId,
        incidentId: d.incidentId,
        countyId: d.countyId,
        sendingUnitId: d.byUnit,
        visibleUnits: [...new Set([d.byUnit, ...d.incidentVisibleUnits])],
        platform: d.platform,
        itemUrls: d.itemUrls,
        request: d.request,
        sentBy: d.by,
        sentAt: new Date(d.at),
        answer: null,
        answerNote: null,
        answeredBy: null,
        answeredAt: null,
        version: event.streamVersion,
      });
    }
    case TakedownEventType.Answered:
      return row
        ? Object.assign(row, {
            answer: e.data.answer,
            answerNote: e.data.note || null,
            answeredBy: e.data.by,
            answeredAt: new Date(e.data.at),
            version: event.streamVersion,
          })
        : row;
  }
}

export const takedownViewProjection = () =>
  new RowProjection<TakedownRequestView>({
    name: 'takedown-request-view',
    entity: TakedownRequestView,
    table: 'takedown_request_view',
    keyProperty: 'requestId',
    eventTypes: Object.values(TakedownEventType),
    keyOf: (e) => String((e.data as { requestId?: string }).requestId),
    apply: applyToTakedownView,
  });
