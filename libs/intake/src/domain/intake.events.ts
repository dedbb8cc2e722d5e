/** 舆情线索: what a monitor found, before the centre decides what it is (issue 23). Stored type strings are explicit. */
export const IntakeEventType = {
  SourceConfigured: 'IntakeSourceConfigured',
  SourceKeyIssued: 'IntakeSourceKeyIssued',
  SourceMappingSet: 'IntakeSourceMappingSet',
  ItemReceived: 'IntakeItemReceived',
  ItemSourceAdded: 'IntakeItemSourceAdded',
  ItemReadingAdded: 'IntakeItemReadingAdded',
  ItemReplied: 'IntakeItemReplied',
  ItemReplyReminded: 'IntakeItemReplyReminded',
  ItemRegisteredAsIncident: 'IntakeItemRegisteredAsIncident',
  ItemAttachedToIncident: 'IntakeItemAttachedToIncident',
  ItemArchived: 'IntakeItemArchived',
  WatchEntryAdded: 'IntakeWatchEntryAdded',
  WatchEntryChanged: 'IntakeWatchEntryChanged',
  WatchEntryRetired: 'IntakeWatchEntryRetired',
} as const;
export type IntakeEventType = (typeof IntakeEventType)[keyof typeof IntakeEventType];

export const INTAKE_SOURCE_STREAM_TYPE = 'IntakeSource';
export const INTAKE_ITEM_STREAM_TYPE = 'IntakeItem';
export const intakeSourceStreamId = (sourceId: string) => `intake-source-${sourceId}`;
export const intakeItemStreamId = (itemId: string) => `intake-item-${itemId}`;
export const INTAKE_WATCH_LIST_STREAM_TYPE = 'IntakeWatchList';
/** One stream per county: the county's 关注清单/风险库 as a whole (a name is unique among its entries in force). */
export const intakeWatchListStreamId = (countyId: string) => `intake-watch-list-${countyId}`;

/** What the centre watches for (004 §二(二) 风险库、矛盾排查; 001 §四(一) 重点项目、重点区域、敏感节点). */
export enum WatchEntryKind {
  KEYWORD = 'KEYWORD',
  PLACE = 'PLACE',
  PROJECT = 'PROJECT',
  DISPUTE = 'DISPUTE',
  EVENT = 'EVENT',
}

export const WATCH_ENTRY_KIND_LABELS: Record<WatchEntryKind, { zh: string; en: string }> = {
  KEYWORD: { zh: '关键词', en: 'Keyword' },
  PLACE: { zh: '重点区域', en: 'Place' },
  PROJECT: { zh: '重点项目', en: 'Project' },
  DISPUTE: { zh: '矛盾纠纷', en: 'Known dispute' },
  EVENT: { zh: '敏感节点', en: 'Sensitive event' },
};

/** Which of an item's fields held the matched words. */
export enum WatchMatchField {
  TITLE = 'TITLE',
  TEXT = 'TEXT',
  AUTHOR = 'AUTHOR',
  URL = 'URL',
}

/** What matched an item when it arrived: recorded in its event, so a later change of the list leaves it as it was. */
export interface WatchMatch {
  entryId: string;
  kind: WatchEntryKind;
  name: string;
  /** The words found in the item. */
  matched: string;
  field: WatchMatchField;
}

/** Who watches (004 §二(一)2): the centre's own service, 网警, 督查局 on the 留言板, a unit's own watch, by hand. */
export enum IntakeSourceKind {
  MONITORING_SERVICE = 'MONITORING_SERVICE',
  CYBER_POLICE = 'CYBER_POLICE',
  MESSAGE_BOARD = 'MESSAGE_BOARD',
  UNIT_WATCH = 'UNIT_WATCH',
  MANUAL = 'MANUAL',
}

export const INTAKE_SOURCE_KIND_LABELS: Record<IntakeSourceKind, { zh: string; en: string }> = {
  MONITORING_SERVICE: { zh: '监测服务', en: 'Monitoring service' },
  CYBER_POLICE: { zh: '网警', en: 'Cyber police' },
  MESSAGE_BOARD: { zh: '留言板/信箱', en: 'Message board or mailbox' },
  UNIT_WATCH: { zh: '单位自行监看', en: "A unit's own watch" },
  MANUAL: { zh: '人工录入', en: 'Entered by hand' },
};

export enum IntakeItemStatus {
  RECEIVED = 'RECEIVED',
  REGISTERED = 'REGISTERED',
  ATTACHED = 'ATTACHED',
  ARCHIVED = 'ARCHIVED',
}

export const INTAKE_ITEM_STATUS_LABELS: Record<IntakeItemStatus, { zh: string; en: string }> = {
  RECEIVED: { zh: '待研判', en: 'Waiting for triage' },
  REGISTERED: { zh: '已登记为新事件', en: 'Registered as a new incident' },
  ATTACHED: { zh: '已并入事件', en: 'Attached to an incident' },
  ARCHIVED: { zh: '已归档', en: 'Archived' },
};

/** Spread figures as a monitor reports them (the incident's own shape: posts, reposts, comments, views, media). */
export interface IntakeSpread {
  posts: number;
  reposts: number;
  comments: number;
  views: number;
  mainstreamMediaPickups: number;
}

export interface IntakeSourceConfiguredData {
  sourceId: string;
  countyId: string;
  name: string;
  kind: IntakeSourceKind;
  ownerUnitId: string;
  at: string;
}

/**
 * A new API key for the source: only its SHA-256 and first characters are kept (the key itself is shown once). A
 * 256-bit random key cannot be guessed from its hash, so the hash may sit in the log and rebuild with it.
 */
export interface IntakeSourceKeyIssuedData {
  sourceId: string;
  countyId: string;
  keyHash: string;
  keyPrefix: string;
  at: string;
}

/** One source's report of the item: its own id for it, and the figures it gave. */
export interface IntakeSighting {
  sourceId: string;
  sourceName: string;
  externalId: string;
  spread: IntakeSpread;
  at: string;
  /**
   * What this source sent of the post, when it joined an item another source brought first (the same URL spelt its
   * own way, or a near-identical text): kept as sent, so that nothing a monitor reports is lost and a merge can be
   * judged. Absent on the first source's sighting (the item's own fields are its post), on later readings, and on
   * sightings recorded before it was kept.
   */
  post?: IntakeSightingPost;
}

export interface IntakeSightingPost {
  url: string | null;
  platform: string;
  author: string;
  title: string;
  text: string;
  publishedAt: string;
}

export interface IntakeItemReceivedData {
  itemId: string;
  countyId: string;
  /** The unit whose source (or person) brought it in. */
  unitId: string;
  sighting: IntakeSighting;
  sourceKind: IntakeSourceKind;
  url: string | null;
  normalizedUrl: string | null;
  platform: string;
  author: string;
  title: string;
  text: string;
  publishedAt: string;
  enteredBy: string | null;
  /** The county's watch-list entries in force that matched on arrival (absent in items received before lists). */
  watchMatches?: WatchMatch[];
  /** A 留言板 or 信箱 message's own reply deadline, tracked like a task's (absent: none). */
  replyDueAt?: string | null;
}

export interface IntakeItemSourceAddedData {
  itemId: string;
  countyId: string;
  sighting: IntakeSighting;
}

/** A source's later figures for an item it sent before (same own id): a reading beside the first, never over it. */
export interface IntakeItemReadingAddedData {
  itemId: string;
  countyId: string;
  sighting: IntakeSighting;
}

/** 已回复: the message on the 留言板 or 信箱 was answered (by whom and how, in the note); its reminders stop. */
export interface IntakeItemRepliedData {
  itemId: string;
  countyId: string;
  by: string;
  byUnitId: string;
  at: string;
  note: string;
}

/** A message's reply deadline is near (临期) or has passed (超期) and it is not answered: the centre is told. */
export interface IntakeItemReplyRemindedData {
  itemId: string;
  countyId: string;
  timerId: string;
  overdue: boolean;
  dueAt: string;
  at: string;
}

interface Decision {
  itemId: string;
  countyId: string;
  by: string;
  byUnitId: string;
  at: string;
}

export interface IntakeItemRegisteredData extends Decision {
  incidentId: string;
}
export interface IntakeItemAttachedData extends Decision {
  incidentId: string;
}
export interface IntakeItemArchivedData extends Decision {
  reason: string;
}

/** The columns of the source's Excel/CSV exports that fill each field (saved once, used by every import). */
export interface IntakeSourceMappingSetData {
  sourceId: string;
  countyId: string;
  mapping: Record<string, string>;
  at: string;
}

export interface IntakeWatchEntryFields {
  kind: WatchEntryKind;
  name: string;
  note: string;
  /** The last day (Beijing) the entry is in force; null: until retired. */
  endsOn: string | null;
}

export interface IntakeWatchEntryAddedData extends IntakeWatchEntryFields {
  entryId: string;
  countyId: string;
  by: string;
  at: string;
}
export type IntakeWatchEntryChangedData = IntakeWatchEntryAddedData;
export interface IntakeWatchEntryRetiredData {
  entryId: string;
  countyId: string;
  by: string;
  at: string;
}

export type IntakeWatchListEvent =
  | { type: typeof IntakeEventType.WatchEntryAdded; data: IntakeWatchEntryAddedData }
  | { type: typeof IntakeEventType.WatchEntryChanged; data: IntakeWatchEntryChangedData }
  | { type: typeof IntakeEventType.WatchEntryRetired; data: IntakeWatchEntryRetiredData };

export type IntakeSourceEvent =
  | { type: typeof IntakeEventType.SourceConfigured; data: IntakeSourceConfiguredData }
  | { type: typeof IntakeEventType.SourceKeyIssued; data: IntakeSourceKeyIssuedData }
  | { type: typeof IntakeEventType.SourceMappingSet; data: IntakeSourceMappingSetData };

export type IntakeItemEvent =
  | { type: typeof IntakeEventType.ItemReceived; data: IntakeItemReceivedData }
  | { type: typeof IntakeEventType.ItemSourceAdded; data: IntakeItemSourceAddedData }
  | { type: typeof IntakeEventType.ItemReadingAdded; data: IntakeItemReadingAddedData }
  | { type: typeof IntakeEventType.ItemReplied; data: IntakeItemRepliedData }
  | { type: typeof IntakeEventType.ItemReplyReminded; data: IntakeItemReplyRemindedData }
  | { type: typeof IntakeEventType.ItemRegisteredAsIncident; data: IntakeItemRegisteredData }
  | { type: typeof IntakeEventType.ItemAttachedToIncident; data: IntakeItemAttachedData }
  | { type: typeof IntakeEventType.ItemArchived; data: IntakeItemArchivedData };
