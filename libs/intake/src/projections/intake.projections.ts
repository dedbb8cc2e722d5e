import { RecordedEvent, RowProjection } from '@app/event-store';
import {
  IntakeEventType,
  IntakeItemArchivedData,
  IntakeItemAttachedData,
  IntakeItemReadingAddedData,
  IntakeItemRepliedData,
  IntakeItemReceivedData,
  IntakeItemRegisteredData,
  IntakeItemSourceAddedData,
  IntakeItemStatus,
  IntakeSourceConfiguredData,
  IntakeSourceKeyIssuedData,
  IntakeSourceMappingSetData,
  IntakeSpread,
  IntakeWatchEntryAddedData,
  IntakeWatchEntryRetiredData,
} from '../domain/intake.events';
import { charBigrams } from '../domain/near-duplicate';
import { IntakeItemView } from './intake-item-view.entity';
import { IntakeSourceView } from './intake-source-view.entity';
import { IntakeWatchEntryView } from './intake-watch-entry-view.entity';

export function applyToIntakeSourceView(
  row: IntakeSourceView | undefined,
  e: RecordedEvent,
): IntakeSourceView | undefined {
  if (e.type === IntakeEventType.SourceConfigured) {
    const d = e.data as unknown as IntakeSourceConfiguredData;
    return Object.assign(row ?? new IntakeSourceView(), {
      sourceId: d.sourceId,
      countyId: d.countyId,
      name: d.name,
      kind: d.kind,
      ownerUnitId: d.ownerUnitId,
      keyHash: row?.keyHash ?? null,
      keyPrefix: row?.keyPrefix ?? null,
      keyIssuedAt: row?.keyIssuedAt ?? null,
      columnMapping: row?.columnMapping ?? null,
      configuredAt: row?.configuredAt ?? new Date(d.at),
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  if (e.type === IntakeEventType.SourceMappingSet) {
    const d = e.data as unknown as IntakeSourceMappingSetData;
    return Object.assign(row, { columnMapping: d.mapping, version: e.streamVersion });
  }
  // Rotation: the new key replaces the old one at once (the old hash is no longer on any row).
  const d = e.data as unknown as IntakeSourceKeyIssuedData;
  return Object.assign(row, {
    keyHash: d.keyHash,
    keyPrefix: d.keyPrefix,
    keyIssuedAt: new Date(d.at),
    version: e.streamVersion,
  });
}

export const intakeSourceViewProjection = () =>
  new RowProjection<IntakeSourceView>({
    name: 'intake-source-view',
    entity: IntakeSourceView,
    table: 'intake_source_view',
    keyProperty: 'sourceId',
    eventTypes: [
      IntakeEventType.SourceConfigured,
      IntakeEventType.SourceKeyIssued,
      IntakeEventType.SourceMappingSet,
    ],
    keyOf: (e) => (e.data as { sourceId: string }).sourceId,
    apply: applyToIntakeSourceView,
  });

const highest = (a: IntakeSpread, b: IntakeSpread): IntakeSpread => ({
  posts: Math.max(a.posts, b.posts),
  reposts: Math.max(a.reposts, b.reposts),
  comments: Math.max(a.comments, b.comments),
  views: Math.max(a.views, b.views),
  mainstreamMediaPickups: Math.max(a.mainstreamMediaPickups, b.mainstreamMediaPickups),
});

function decided(row: IntakeItemView, e: RecordedEvent): IntakeItemView {
  const d = e.data as unknown as IntakeItemRegisteredData | IntakeItemAttachedData | IntakeItemArchivedData;
  const status =
    e.type === IntakeEventType.ItemRegisteredAsIncident
      ? IntakeItemStatus.REGISTERED
      : e.type === IntakeEventType.ItemAttachedToIncident
        ? IntakeItemStatus.ATTACHED
        : IntakeItemStatus.ARCHIVED;
  return Object.assign(row, {
    status,
    incidentId: 'incidentId' in d ? d.incidentId : null,
    archiveReason: 'reason' in d ? d.reason : null,
    decidedBy: d.by,
    decidedAt: new Date(d.at),
    version: e.streamVersion,
  });
}

export function applyToIntakeItemView(
  row: IntakeItemView | undefined,
  e: RecordedEvent,
): IntakeItemView | undefined {
  if (e.type === IntakeEventType.ItemReceived) {
    const d = e.data as unknown as IntakeItemReceivedData;
    return Object.assign(new IntakeItemView(), {
      itemId: d.itemId,
      countyId: d.countyId,
      unitId: d.unitId,
      status: IntakeItemStatus.RECEIVED,
      sourceKind: d.sourceKind,
      sightings: [d.sighting],
      url: d.url,
      normalizedUrl: d.normalizedUrl,
      platform: d.platform,
      author: d.author,
      title: d.title,
      text: d.text,
      publishedAt: new Date(d.publishedAt),
      receivedAt: new Date(d.sighting.at),
      spread: d.sighting.spread,
      readings: [d.sighting],
      replyDueAt: d.replyDueAt ? new Date(d.replyDueAt) : null,
      repliedAt: null,
      replyNote: null,
      textGrams: charBigrams(`${d.title} ${d.text}`),
      // What the list matched on arrival, as the event recorded it: flagged and ranked by how many entries.
      flagged: (d.watchMatches ?? []).length > 0,
      rank: (d.watchMatches ?? []).length,
      watchHits: d.watchMatches ?? [],
      incidentId: null,
      archiveReason: null,
      decidedBy: null,
      decidedAt: null,
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  if (e.type === IntakeEventType.ItemSourceAdded) {
    const d = e.data as unknown as IntakeItemSourceAddedData;
    return Object.assign(row, {
      sightings: [...row.sightings, d.sighting],
      spread: highest(row.spread, d.sighting.spread),
      readings: [...(row.readings ?? []), d.sighting],
      version: e.streamVersion,
    });
  }
  if (e.type === IntakeEventType.ItemReplied) {
    const d = e.data as unknown as IntakeItemRepliedData;
    return Object.assign(row, { repliedAt: new Date(d.at), replyNote: d.note, version: e.streamVersion });
  }
  if (e.type === IntakeEventType.ItemReplyReminded) return Object.assign(row, { version: e.streamVersion });
  if (e.type === IntakeEventType.ItemReadingAdded) {
    const d = e.data as unknown as IntakeItemReadingAddedData;
    return Object.assign(row, {
      spread: highest(row.spread, d.sighting.spread),
      readings: [...(row.readings ?? []), d.sighting],
      version: e.streamVersion,
    });
  }
  return decided(row, e);
}

export const intakeItemViewProjection = () =>
  new RowProjection<IntakeItemView>({
    name: 'intake-item-view',
    entity: IntakeItemView,
    table: 'intake_item_view',
    keyProperty: 'itemId',
    eventTypes: [
      IntakeEventType.ItemReceived,
      IntakeEventType.ItemSourceAdded,
      IntakeEventType.ItemReadingAdded,
      IntakeEventType.ItemReplied,
      IntakeEventType.ItemReplyReminded,
      IntakeEventType.ItemRegisteredAsIncident,
      IntakeEventType.ItemAttachedToIncident,
      IntakeEventType.ItemArchived,
    ],
    // 2: every report of figures kept in order (readings). 3: a message's reply deadline.
    version: 3,
    keyOf: (e) => (e.data as { itemId: string }).itemId,
    apply: applyToIntakeItemView,
  });

export function applyToIntakeWatchEntryView(
  row: IntakeWatchEntryView | undefined,
  e: RecordedEvent,
): IntakeWatchEntryView | undefined {
  if (e.type === IntakeEventType.WatchEntryRetired) {
    if (!row) return undefined;
    const d = e.data as unknown as IntakeWatchEntryRetiredData;
    return Object.assign(row, { retiredAt: new Date(d.at), version: e.streamVersion });
  }
  const d = e.data as unknown as IntakeWatchEntryAddedData;
  return Object.assign(row ?? new IntakeWatchEntryView(), {
    entryId: d.entryId,
    countyId: d.countyId,
    kind: d.kind,
    name: d.name,
    note: d.note,
    endsOn: d.endsOn,
    addedBy: row?.addedBy ?? d.by,
    addedAt: row?.addedAt ?? new Date(d.at),
    changedAt: new Date(d.at),
    retiredAt: row?.retiredAt ?? null,
    version: e.streamVersion,
  });
}

export const intakeWatchEntryViewProjection = () =>
  new RowProjection<IntakeWatchEntryView>({
    name: 'intake-watch-entry-view',
    entity: IntakeWatchEntryView,
    table: 'intake_watch_entry_view',
    keyProperty: 'entryId',
    eventTypes: [
      IntakeEventType.WatchEntryAdded,
      IntakeEventType.WatchEntryChanged,
      IntakeEventType.WatchEntryRetired,
    ],
    keyOf: (e) => (e.data as { entryId: string }).entryId,
    apply: applyToIntakeWatchEntryView,
  });
