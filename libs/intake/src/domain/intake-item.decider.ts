import { checkReason, Decider, DecisionContext } from '@app/kernel';
import { IntakeItemInput } from './intake-item.validation';
import { alreadyDecided, itemNotFound } from './intake.errors';
import {
  IntakeEventType,
  IntakeItemEvent,
  IntakeItemStatus,
  IntakeSighting,
  IntakeSourceKind,
  WatchMatch,
} from './intake.events';

/** The source an item came from, as the handler found it (a configured source, or a unit's hand entry). */
export interface IntakeOrigin {
  sourceId: string;
  sourceName: string;
  kind: IntakeSourceKind;
  countyId: string;
  unitId: string;
}

export type IntakeItemCommand =
  | {
      type: 'ReceiveIntakeItem';
      itemId: string;
      origin: IntakeOrigin;
      item: IntakeItemInput;
      /** What the county's watch list matched on arrival (matchWatchList): recorded as it was then. */
      watchMatches: WatchMatch[];
      context: DecisionContext;
    }
  /** The same post from another source (same URL): it joins the item that is already there. */
  | { type: 'AddIntakeSighting'; itemId: string; sighting: IntakeSighting; context: DecisionContext }
  | { type: 'RegisterIntakeItem'; itemId: string; incidentId: string; context: DecisionContext }
  | { type: 'AttachIntakeItem'; itemId: string; incidentId: string; context: DecisionContext }
  | { type: 'ArchiveIntakeItem'; itemId: string; reason: string; context: DecisionContext };

export interface IntakeItemState {
  countyId: string | null;
  status: IntakeItemStatus | null;
  /** `<sourceId>/<externalId>` of every sighting: a repeat of one adds nothing (idempotent by the source's own id). */
  sightings: string[];
}

const key = (s: Pick<IntakeSighting, 'sourceId' | 'externalId'>) => `${s.sourceId}/${s.externalId}`;

export function decideIntakeItem(c: IntakeItemCommand, s: IntakeItemState): IntakeItemEvent[] {
  const at = c.context.now.toISOString();
  if (c.type === 'ReceiveIntakeItem') {
    // Its id is derived from (source, the source's own id): a repeated push lands here and adds nothing.
    if (s.status) return [];
    const sighting: IntakeSighting = {
      sourceId: c.origin.sourceId,
      sourceName: c.origin.sourceName,
      externalId: c.item.externalId,
      spread: c.item.spread,
      at,
    };
    return [
      {
        type: IntakeEventType.ItemReceived,
        data: {
          itemId: c.itemId,
          countyId: c.origin.countyId,
          unitId: c.origin.unitId,
          sighting,
          sourceKind: c.origin.kind,
          url: c.item.url,
          normalizedUrl: c.item.normalizedUrl,
          platform: c.item.platform,
          author: c.item.author,
          title: c.item.title,
          text: c.item.text,
          publishedAt: c.item.publishedAt.toISOString(),
          enteredBy: c.origin.kind === IntakeSourceKind.MANUAL ? c.context.actorUserId : null,
          watchMatches: c.watchMatches,
        },
      },
    ];
  }
  if (!s.status || !s.countyId) throw itemNotFound(c.itemId);
  const decision = {
    itemId: c.itemId,
    countyId: s.countyId,
    by: c.context.actorUserId,
    byUnitId: c.context.actorUnitId,
    at,
  };
  switch (c.type) {
    case 'AddIntakeSighting':
      // A later sighting joins whatever was decided: nothing a monitor sends is lost.
      if (s.sightings.includes(key(c.sighting))) return [];
      return [
        {
          type: IntakeEventType.ItemSourceAdded,
          data: { itemId: c.itemId, countyId: s.countyId, sighting: c.sighting },
        },
      ];
    case 'RegisterIntakeItem':
      if (s.status !== IntakeItemStatus.RECEIVED) throw alreadyDecided(c.itemId, s.status);
      return [
        { type: IntakeEventType.ItemRegisteredAsIncident, data: { ...decision, incidentId: c.incidentId } },
      ];
    case 'AttachIntakeItem':
      if (s.status !== IntakeItemStatus.RECEIVED) throw alreadyDecided(c.itemId, s.status);
      return [
        { type: IntakeEventType.ItemAttachedToIncident, data: { ...decision, incidentId: c.incidentId } },
      ];
    case 'ArchiveIntakeItem':
      if (s.status !== IntakeItemStatus.RECEIVED) throw alreadyDecided(c.itemId, s.status);
      checkReason('input.reason', c.reason, 500, { zh: '归档', en: 'archive an item' });
      return [{ type: IntakeEventType.ItemArchived, data: { ...decision, reason: c.reason.trim() } }];
  }
}

export function evolveIntakeItem(s: IntakeItemState, e: IntakeItemEvent): IntakeItemState {
  switch (e.type) {
    case IntakeEventType.ItemReceived:
      return {
        countyId: e.data.countyId,
        status: IntakeItemStatus.RECEIVED,
        sightings: [key(e.data.sighting)],
      };
    case IntakeEventType.ItemSourceAdded:
      return { ...s, sightings: [...s.sightings, key(e.data.sighting)] };
    case IntakeEventType.ItemRegisteredAsIncident:
      return { ...s, status: IntakeItemStatus.REGISTERED };
    case IntakeEventType.ItemAttachedToIncident:
      return { ...s, status: IntakeItemStatus.ATTACHED };
    case IntakeEventType.ItemArchived:
      return { ...s, status: IntakeItemStatus.ARCHIVED };
  }
}

export const intakeItemDecider: Decider<IntakeItemCommand, IntakeItemEvent, IntakeItemState> = {
  decide: decideIntakeItem,
  evolve: evolveIntakeItem,
  initialState: () => ({ countyId: null, status: null, sightings: [] }),
};
