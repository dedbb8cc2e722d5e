import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Action, authorize, dataScopeOf, decide, Principal, ScopedDb } from '@app/access';
import { Connection, connectionOf, decodeCursor, encodeCursor, pageSize } from '@app/graphql';
import { itemNotFound, sourceNotFound } from '../domain/intake.errors';
import { IntakeItemStatus, IntakeSighting, WATCH_ENTRY_KIND_LABELS } from '../domain/intake.events';
import { watchEntryInForce } from '../domain/watch-match';
import { watchEntryNotFound } from '../domain/intake.errors';
import {
  IntakeItemAction,
  IntakeItemType,
  IntakeSourceType,
  IntakeWatchEntryType,
} from '../graphql/intake.types';
import { IntakeWatchEntryView } from '../projections/intake-watch-entry-view.entity';
import { IntakeItemView } from '../projections/intake-item-view.entity';
import { IntakeSourceView } from '../projections/intake-source-view.entity';
import { IntakeReader } from './intake-reader';

export const toWatchEntry = (r: IntakeWatchEntryView, now: Date): IntakeWatchEntryType => ({
  id: r.entryId,
  kind: r.kind,
  name: r.name,
  note: r.note,
  endsOn: r.endsOn,
  inForce: watchEntryInForce({ ...r, retired: r.retiredAt !== null }, now),
  addedAt: r.addedAt,
  changedAt: r.changedAt,
  retiredAt: r.retiredAt,
});

export const toSource = (r: IntakeSourceView): IntakeSourceType => ({
  id: r.sourceId,
  name: r.name,
  kind: r.kind,
  ownerUnitId: r.ownerUnitId,
  keyPrefix: r.keyPrefix,
  keyIssuedAt: r.keyIssuedAt,
  columns: Object.entries(r.columnMapping ?? {}).map(([field, column]) => ({ field, column })),
});

/** The queue and the items as the caller may see them and act on them. */
@Injectable()
export class IntakeQueries {
  constructor(
    private readonly db: ScopedDb,
    private readonly reader: IntakeReader,
  ) {}

  toItem(p: Principal, r: IntakeItemView): IntakeItemType {
    const mayTriage = decide(p, Action.IntakeTriage, { kind: 'county', countyId: r.countyId }).allowed;
    // The watch list is the centre's: a unit reading its own hand entry does not learn what it matched.
    const mayRead = decide(p, Action.IntakeRead, { kind: 'county', countyId: r.countyId }).allowed;
    const matches = mayRead ? r.watchHits : [];
    return {
      id: r.itemId,
      status: r.status,
      sourceKind: r.sourceKind,
      sources: r.sightings.map(sightingOf),
      readings: (r.readings ?? []).map(sightingOf),
      url: r.url,
      platform: r.platform,
      author: r.author,
      title: r.title,
      text: r.text,
      publishedAt: r.publishedAt,
      receivedAt: r.receivedAt,
      spread: r.spread,
      flagged: mayRead && r.flagged,
      watchHits: matches.map((m) => ({
        list: WATCH_ENTRY_KIND_LABELS[m.kind]?.zh ?? m.kind,
        term: m.matched,
      })),
      watchMatches: matches,
      incidentId: r.incidentId,
      archiveReason: r.archiveReason,
      decidedAt: r.decidedAt,
      replyDueAt: r.replyDueAt ?? null,
      repliedAt: r.repliedAt ?? null,
      replyNote: r.replyNote ?? null,
      allowedActions: [
        ...(mayTriage && r.status === IntakeItemStatus.RECEIVED
          ? [
              IntakeItemAction.registerIntakeItems,
              IntakeItemAction.attachIntakeItems,
              IntakeItemAction.archiveIntakeItems,
            ]
          : []),
        // A message with its own reply deadline is marked answered whatever was decided about it.
        ...(mayTriage && r.replyDueAt && !r.repliedAt ? [IntakeItemAction.markIntakeItemReplied] : []),
      ],
    };
  }

  async sources(p: Principal): Promise<IntakeSourceType[]> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.IntakeRead, { kind: 'county', countyId });
    return (await this.reader.sources(dataScopeOf(p), countyId)).map(toSource);
  }

  async source(p: Principal, sourceId: string): Promise<IntakeSourceType> {
    const r = await this.reader.source(sourceId, dataScopeOf(p));
    if (!r || r.countyId !== p.countyId) throw sourceNotFound(sourceId);
    authorize(p, Action.IntakeRead, { kind: 'county', countyId: r.countyId });
    return toSource(r);
  }

  /** The county's watch list / risk library: the centre and the county's auditors; retired entries on request. */
  async watchList(p: Principal, includeRetired: boolean, now: Date): Promise<IntakeWatchEntryType[]> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.IntakeRead, { kind: 'county', countyId });
    const rows = await this.reader.watchEntries(countyId, dataScopeOf(p));
    return rows.filter((r) => includeRetired || r.retiredAt === null).map((r) => toWatchEntry(r, now));
  }

  async watchEntry(p: Principal, entryId: string, now: Date): Promise<IntakeWatchEntryType> {
    const r = await this.reader.watchEntry(entryId, dataScopeOf(p));
    if (!r || r.countyId !== p.countyId) throw watchEntryNotFound(entryId);
    authorize(p, Action.IntakeRead, { kind: 'county', countyId: r.countyId });
    return toWatchEntry(r, now);
  }

  /**
   * 待研判: what waits in the caller's county, watch-list hits and higher-ranked first, then newest first (a Relay
   * connection; the cursor is the sort key, so a page is one index range however long the queue).
   */
  async queue(p: Principal, first?: number, after?: string): Promise<Connection<IntakeItemType>> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.IntakeRead, { kind: 'county', countyId });
    const size = pageSize(first);
    const key = after ? decodeCursor(after, ['text', 'text', 'timestamp', 'uuid']) : null;
    const scope = dataScopeOf(p);
    // The page and the count at once, each in the caller's scope on a connection of its own: the count reads every
    // waiting item's index entry (~15 ms at 100,000, npm run bench:intake) and need not wait for the page.
    const [rows, n] = await Promise.all([
      this.db.run(scope, (m) => {
        const q = m
          .createQueryBuilder(IntakeItemView, 'i')
          .where('i.county_id = :countyId', { countyId })
          .andWhere(`i.status = 'RECEIVED'`);
        if (key)
          q.andWhere('(i.flagged, i.rank, i.received_at, i.item_id) < (:f, :r, :t, :id)', {
            f: key[0] === '1',
            r: Number(key[1]),
            t: key[2],
            id: key[3],
          });
        return q
          .orderBy('i.flagged', 'DESC')
          .addOrderBy('i.rank', 'DESC')
          .addOrderBy('i.received_at', 'DESC')
          .addOrderBy('i.item_id', 'DESC')
          .limit(size + 1)
          .getMany();
      }),
      this.db.run(scope, async (m) => {
        const [{ n }] = await m.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM intake_item_view WHERE county_id = $1 AND status = 'RECEIVED'`,
          [countyId],
        );
        return n;
      }),
    ]);
    return connectionOf(rows, size, {
      totalCount: n,
      after: key !== null,
      cursor: (r) =>
        encodeCursor([r.flagged ? '1' : '0', String(r.rank), r.receivedAt.toISOString(), r.itemId]),
      node: (r) => this.toItem(p, r),
    });
  }

  /**
   * 留言待回复: the county's 留言板/信箱 messages with a reply deadline not yet marked answered, whatever was decided
   * about them (a message registered as an incident still waits for its reply), the soonest due first.
   */
  async awaitingReplies(p: Principal, first?: number, after?: string): Promise<Connection<IntakeItemType>> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.IntakeRead, { kind: 'county', countyId });
    const size = pageSize(first);
    const key = after ? decodeCursor(after, ['timestamp', 'uuid']) : null;
    const scope = dataScopeOf(p);
    const open = (q: SelectQueryBuilder<IntakeItemView>) =>
      q
        .where('i.county_id = :countyId', { countyId })
        .andWhere('i.reply_due_at IS NOT NULL')
        .andWhere('i.replied_at IS NULL');
    const [rows, n] = await Promise.all([
      this.db.run(scope, (m) => {
        const q = open(m.createQueryBuilder(IntakeItemView, 'i'));
        if (key) q.andWhere('(i.reply_due_at, i.item_id) > (:t, :id)', { t: key[0], id: key[1] });
        return q
          .orderBy('i.reply_due_at', 'ASC')
          .addOrderBy('i.item_id', 'ASC')
          .limit(size + 1)
          .getMany();
      }),
      this.db.run(scope, (m) => open(m.createQueryBuilder(IntakeItemView, 'i')).getCount()),
    ]);
    return connectionOf(rows, size, {
      totalCount: n,
      after: key !== null,
      cursor: (r) => encodeCursor([r.replyDueAt!.toISOString(), r.itemId]),
      node: (r) => this.toItem(p, r),
    });
  }

  /** One item: the county centre and auditors, or the unit that entered it by hand. */
  async item(p: Principal, itemId: string): Promise<IntakeItemType> {
    const r = await this.reader.item(itemId, dataScopeOf(p));
    if (!r || r.countyId !== p.countyId) throw itemNotFound(itemId);
    if (r.unitId !== p.unitId)
      authorize(p, Action.IntakeRead, { kind: 'county', countyId: r.countyId }, itemId);
    return this.toItem(p, r);
  }

  /**
   * The posts an incident took in from 舆情线索 (registered from or attached to it), for whoever reads the county's
   * intake (the centre, its auditors); others reading the incident see none of them.
   */
  async ofIncident(p: Principal, incidentId: string): Promise<IntakeItemType[]> {
    const countyId = p.countyId;
    if (!countyId || !decide(p, Action.IntakeRead, { kind: 'county', countyId }).allowed) return [];
    const rows = await this.db.run(dataScopeOf(p), (m) =>
      m.find(IntakeItemView, { where: { incidentId, countyId }, order: { receivedAt: 'ASC' } }),
    );
    return rows.map((r) => this.toItem(p, r));
  }
}

/** A sighting as the API gives it: times as dates; the post it kept, if any. */
const sightingOf = (s: IntakeSighting) => ({
  ...s,
  at: new Date(s.at),
  post: s.post ? { ...s.post, publishedAt: new Date(s.post.publishedAt) } : null,
});
