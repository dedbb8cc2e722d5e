import { checkReason, Decider, DecisionContext } from '@app/kernel';
import { IntakeItemInput } from './intake-item.validation';
import { alreadyDecided, alreadyReplied, itemNotFound, noReplyDeadline } from './intake.errors';
import {
  IntakeEventType,
  IntakeItemEvent,
  IntakeItemStatus,
  IntakeSighting,
  IntakeSourceKind,
  IntakeSpread,
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
  | { type: 'ArchiveIntakeItem'; itemId: string; reason: string; context: DecisionContext }
  /** 已回复 (a 留言板/信箱 message), whatever was decided about the item. */
  | { type: 'MarkIntakeItemReplied'; itemId: string; note: string; context: DecisionContext }
  /** The platform's reply timer: 临期 or 超期, once per timer, unless the message was answered. */
  | {
      type: 'RemindIntakeReply';
      itemId: string;
      timerId: string;
      overdue: boolean;
      context: DecisionContext;
    };

export interface IntakeItemState {
  countyId: string | null;
  status: IntakeItemStatus | null;
  /** `<sourceId>/<externalId>` of every sighting: a repeat of one adds nothing (idempotent by the source's own id). */
  sightings: string[];
  /** Every report of figures, in order: the first sighting, other sources', and later readings. */
  readings: IntakeSighting[];
  /** The incident it was registered as or attached to: its later readings go there too. */
  incidentId: string | null;
  /** A message's reply deadline, when it was answered, and the reply timers that have acted. */
  replyDueAt?: string | null;
  repliedAt?: string | null;
  reminded?: string[];
}

const sameFigures = (a: IntakeSpread, b: IntakeSpread) =>
  a.posts === b.posts &&
  a.reposts === b.reposts &&
  a.comments === b.comments &&
  a.views === b.views &&
  a.mainstreamMediaPickups === b.mainstreamMediaPickups;

/** The figures a source last gave for its own item (undefined: it never sent this one). */
const lastFiguresOf = (s: IntakeItemState, k: string): IntakeSpread | undefined =>
  s.readings.filter((r) => key(r) === k).at(-1)?.spread;

/** A repeat of a sighting adds nothing; the same item with other figures is a later reading. */
function readingOf(s: IntakeItemState, itemId: string, sighting: IntakeSighting): IntakeItemEvent[] {
  const last = lastFiguresOf(s, key(sighting));
  if (!last || sameFigures(last, sighting.spread)) return [];
  // A reading is figures: the post this source sent is kept once, with its sighting.
  const figures: IntakeSighting = {
    sourceId: sighting.sourceId,
    sourceName: sighting.sourceName,
    externalId: sighting.externalId,
    spread: sighting.spread,
    at: sighting.at,
  };
  return [
    { type: IntakeEventType.ItemReadingAdded, data: { itemId, countyId: s.countyId!, sighting: figures } },
  ];
}

const key = (s: Pick<IntakeSighting, 'sourceId' | 'externalId'>) => `${s.sourceId}/${s.externalId}`;

export function decideIntakeItem(c: IntakeItemCommand, s: IntakeItemState): IntakeItemEvent[] {
  const at = c.context.now.toISOString();
  if (c.type === 'ReceiveIntakeItem') {
    const sighting: IntakeSighting = {
      sourceId: c.origin.sourceId,
      sourceName: c.origin.sourceName,
      externalId: c.item.externalId,
      spread: c.item.spread,
      at,
    };
    // Its id is derived from (source, the source's own id): a repeated push lands here and adds nothing, unless
    // its figures changed — then they are a later reading (monitors send the same post again as it spreads).
    if (s.status) return readingOf(s, c.itemId, sighting);
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
          ...(c.item.replyDueAt ? { replyDueAt: c.item.replyDueAt.toISOString() } : {}),
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
      if (s.sightings.includes(key(c.sighting))) return readingOf(s, c.itemId, c.sighting);
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
    case 'MarkIntakeItemReplied':
      if (!s.replyDueAt) throw noReplyDeadline(c.itemId);
      if (s.repliedAt) throw alreadyReplied(c.itemId, s.repliedAt);
      checkReason('input.note', c.note, 500, { zh: '标记已回复', en: 'mark a message replied' });
      return [{ type: IntakeEventType.ItemReplied, data: { ...decision, note: c.note.trim() } }];
    case 'RemindIntakeReply':
      // Answered, or this timer acted already: nothing to do (the timer lapses).
      if (!s.replyDueAt || s.repliedAt || (s.reminded ?? []).includes(c.timerId)) return [];
      return [
        {
          type: IntakeEventType.ItemReplyReminded,
          data: {
            itemId: c.itemId,
            countyId: s.countyId,
            timerId: c.timerId,
            overdue: c.overdue,
            dueAt: s.replyDueAt,
            at,
          },
        },
      ];
  }
}

export function evolveIntakeItem(s: IntakeItemState, e: IntakeItemEvent): IntakeItemState {
  switch (e.type) {
    case IntakeEventType.ItemReceived:
      return {
        countyId: e.data.countyId,
        status: IntakeItemStatus.RECEIVED,
        sightings: [key(e.data.sighting)],
        readings: [e.data.sighting],
        incidentId: null,
        replyDueAt: e.data.replyDueAt ?? null,
        repliedAt: null,
        reminded: [],
      };
    case IntakeEventType.ItemSourceAdded:
      return {
        ...s,
        sightings: [...s.sightings, key(e.data.sighting)],
        readings: [...s.readings, e.data.sighting],
      };
    case IntakeEventType.ItemReadingAdded:
      return { ...s, readings: [...s.readings, e.data.sighting] };
    case IntakeEventType.ItemRegisteredAsIncident:
      return { ...s, status: IntakeItemStatus.REGISTERED, incidentId: e.data.incidentId };
    case IntakeEventType.ItemAttachedToIncident:
      return { ...s, status: IntakeItemStatus.ATTACHED, incidentId: e.data.incidentId };
    case IntakeEventType.ItemArchived:
      return { ...s, status: IntakeItemStatus.ARCHIVED };
    case IntakeEventType.ItemReplied:
      return { ...s, repliedAt: e.data.at };
    case IntakeEventType.ItemReplyReminded:
      return { ...s, reminded: [...(s.reminded ?? []), e.data.timerId] };
  }
}

export const intakeItemDecider: Decider<IntakeItemCommand, IntakeItemEvent, IntakeItemState> = {
  decide: decideIntakeItem,
  evolve: evolveIntakeItem,
  initialState: () => ({ countyId: null, status: null, sightings: [], readings: [], incidentId: null }),
};
