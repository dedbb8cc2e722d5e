import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  AppendResult,
  CommandExecutor,
  commandMetadata,
  compareLogPositions,
  LogPosition,
  StoreTransaction,
} from '@app/event-store';
import { IncidentCommandService } from '@app/incidents';
import { CommandContext, decisionContextOf, deterministicUuid } from '@app/kernel';
import { IntakeItemState, IntakeOrigin, intakeItemDecider } from '../../domain/intake-item.decider';
import { IntakeItemInput } from '../../domain/intake-item.validation';
import {
  INTAKE_ITEM_STREAM_TYPE,
  IntakeEventType,
  IntakeItemEvent,
  intakeItemStreamId,
} from '../../domain/intake.events';
import {
  bigramSimilarity,
  charBigrams,
  NEAR_DUPLICATE_SIMILARITY,
  NEAR_DUPLICATE_WINDOW_MS,
} from '../../domain/near-duplicate';
import { matchWatchList, WatchEntryForMatching } from '../../domain/watch-match';
import { batchChains } from '../../domain/batch-chains';
import { IntakeReader } from '../../queries/intake-reader';
import { IntakeReceipt, IntakeReceived, ReceiveIntakeItemsCommand } from './receive-intake-items.command';

/** Chains of a batch received at once: enough to overlap each item's round trips. */
const CHAINS_AT_ONCE = 4;

/**
 * Items in flight in this process, whatever the batch: each holds a transaction, and one whose post is an incident's
 * takes more connections inside it (the incident's facts, the county's criteria, the deliveries); many monitors at
 * once must not hold the whole pool (DB_POOL_SIZE, 16 by default) and wait for a connection none of them gives back.
 */
const ITEMS_IN_FLIGHT = 6;

/** The item a post joins (its first source's stream). */
interface Holder {
  itemId: string;
  unitId: string;
}

/** Another item took the URL between our look and our write: join it instead. */
class UrlTaken extends Error {
  constructor(readonly holder: Holder) {
    super('url taken');
  }
}

@CommandHandler(ReceiveIntakeItemsCommand)
export class ReceiveIntakeItemsHandler implements ICommandHandler<
  ReceiveIntakeItemsCommand,
  IntakeReceived[]
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
    private readonly incidents: IncidentCommandService,
  ) {}

  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  /** Runs `work` when fewer than ITEMS_IN_FLIGHT items are being received in this process. */
  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= ITEMS_IN_FLIGHT) await new Promise<void>((go) => this.waiting.push(go));
    else this.inFlight++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inFlight--;
    }
  }

  async execute({ origin, items, context }: ReceiveIntakeItemsCommand): Promise<IntakeReceived[]> {
    // The county's watch list as it stands when the batch arrives (one read per batch; matching is pure).
    const watchList: WatchEntryForMatching[] = (await this.reader.watchEntries(origin.countyId)).map((e) => ({
      entryId: e.entryId,
      kind: e.kind,
      name: e.name,
      endsOn: e.endsOn,
      retired: e.retiredAt !== null,
    }));
    // Each item is its own small transaction, so a failure part-way leaves the rest to a repeat of the push, which
    // adds nothing twice. Items that could join one another (same URL, near-identical text) are received one after
    // another in their chain; chains side by side, a few at a time (the pool and both cores busy, not the log locked).
    // A client's Idempotency-Key (the console's import) names the whole batch: each item is kept under the key and its
    // own id, so the items of one batch are not taken for a reuse of one key, and a retried batch adds nothing twice.
    // The read models are waited for once, for the whole batch (its last append), not after every item; an item that
    // joins one of the same batch finds it in memory, not in a read model that may not hold it yet.
    const out: IntakeReceived[] = new Array<IntakeReceived>(items.length);
    const grams = items.map((it) => charBigrams(`${it.title} ${it.text}`));
    let last: LogPosition | null = null;
    const chains = batchChains(items, grams);
    let next = 0;
    const worker = async () => {
      while (next < chains.length) {
        const chain = chains[next++];
        const earlier: { index: number; holder: Holder }[] = [];
        for (const i of chain) {
          const item = items[i];
          // The same rule as against the read model: by URL when it has one, else by a near-identical text.
          const inBatch = earlier.find((e) =>
            item.normalizedUrl
              ? items[e.index].normalizedUrl === item.normalizedUrl
              : bigramSimilarity(grams[i], grams[e.index]) >= NEAR_DUPLICATE_SIMILARITY,
          )?.holder;
          const r = await this.limited(() =>
            this.receiveOne(
              origin,
              item,
              grams[i],
              watchList,
              context.idempotencyKey
                ? { ...context, idempotencyKey: `${context.idempotencyKey}:${item.externalId}` }
                : context,
              inBatch,
            ),
          );
          out[i] = r.received;
          earlier.push({ index: i, holder: r.holder });
          if (r.position && (!last || compareLogPositions(r.position, last) > 0)) last = r.position;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CHAINS_AT_ONCE, chains.length) }, worker));
    if (last) await this.executor.waitForReadModels(last);
    return out;
  }

  private async receiveOne(
    origin: IntakeOrigin,
    item: IntakeItemInput,
    grams: string[],
    watchList: WatchEntryForMatching[],
    context: CommandContext,
    inBatch: Holder | undefined,
  ): Promise<{ received: IntakeReceived; holder: Holder; position: LogPosition | null }> {
    const itemId = deterministicUuid('intake-item', origin.sourceId, item.externalId);
    const done = (holder: Holder, r: { receipt: IntakeReceipt; position: LogPosition | null }) => ({
      received: { externalId: item.externalId, itemId: holder.itemId, receipt: r.receipt },
      holder,
      position: r.position,
    });
    // The same post from another monitor: by its URL when it has one, else by a near-identical text (ADR 0023).
    const holder =
      inBatch ??
      (item.normalizedUrl
        ? await this.reader.itemOfUrl(origin.countyId, item.normalizedUrl)
        : await this.reader.nearDuplicate(
            origin.countyId,
            grams,
            new Date(context.now.getTime() - NEAR_DUPLICATE_WINDOW_MS),
            NEAR_DUPLICATE_SIMILARITY,
          ));
    if (holder && holder.itemId !== itemId)
      return done(holder, await this.join(holder, origin, item, context));
    try {
      const r = await this.executor.execute({
        streamId: intakeItemStreamId(itemId),
        streamType: INTAKE_ITEM_STREAM_TYPE,
        decider: intakeItemDecider,
        command: {
          type: 'ReceiveIntakeItem',
          itemId,
          origin,
          item,
          watchMatches: matchWatchList(item, watchList, context.now),
          context: decisionContextOf(context.actor, context.now),
        },
        owningUnit: origin.unitId,
        metadata: commandMetadata('ReceiveIntakeItem', context),
        alsoWithin: async (tx, decided) => {
          // A later reading of an item already here: its URL is claimed already; its incident, if any, hears it.
          if (decided.state.status) return this.toIncident(tx, itemId, decided, context);
          if (item.normalizedUrl) await claimUrl(tx, origin, item.normalizedUrl, itemId);
        },
        deferReadModelWait: true,
      });
      return done(
        { itemId, unitId: origin.unitId },
        { receipt: receiptOf(r.events), position: lastOf(r.append) },
      );
    } catch (err) {
      if (!(err instanceof UrlTaken)) throw err;
      return done(err.holder, await this.join(err.holder, origin, item, context));
    }
  }

  /** The same post from another source: a sighting on the item that holds its URL. */
  private async join(
    holder: Holder,
    origin: IntakeOrigin,
    item: IntakeItemInput,
    context: CommandContext,
  ): Promise<{ receipt: IntakeReceipt; position: LogPosition | null }> {
    const r = await this.executor.execute({
      streamId: intakeItemStreamId(holder.itemId),
      streamType: INTAKE_ITEM_STREAM_TYPE,
      decider: intakeItemDecider,
      command: {
        type: 'AddIntakeSighting',
        itemId: holder.itemId,
        sighting: {
          sourceId: origin.sourceId,
          sourceName: origin.sourceName,
          externalId: item.externalId,
          spread: item.spread,
          at: context.now.toISOString(),
          post: {
            url: item.url,
            platform: item.platform,
            author: item.author,
            title: item.title,
            text: item.text,
            publishedAt: item.publishedAt.toISOString(),
          },
        },
        context: decisionContextOf(context.actor, context.now),
      },
      // The stream stays its first source's; the sighting says who saw it too.
      owningUnit: holder.unitId,
      metadata: commandMetadata('AddIntakeSighting', context),
      alsoWithin: (tx, decided) => this.toIncident(tx, holder.itemId, decided, context),
      deferReadModelWait: true,
    });
    return { receipt: receiptOf(r.events), position: lastOf(r.append) };
  }

  /** The figures a monitor sends for an item the centre took into an incident join that incident, in this transaction. */
  private async toIncident(
    tx: StoreTransaction,
    itemId: string,
    decided: { state: IntakeItemState; events: IntakeItemEvent[] },
    context: CommandContext,
  ): Promise<void> {
    const { incidentId } = decided.state;
    if (!incidentId) return;
    const readings = decided.events.flatMap((e) =>
      e.type === IntakeEventType.ItemReadingAdded || e.type === IntakeEventType.ItemSourceAdded
        ? [{ spread: e.data.sighting.spread, at: e.data.sighting.at, sourceName: e.data.sighting.sourceName }]
        : [],
    );
    await this.incidents.recordReadingsWithin(tx, context, incidentId, itemId, readings);
  }
}

const lastOf = (append: AppendResult | null): LogPosition | null => append?.positions.at(-1) ?? null;

/** What a push did to an item: made it, joined it as another source, added a later reading, or nothing. */
function receiptOf(events: readonly IntakeItemEvent[]): IntakeReceipt {
  const e = events[0];
  if (!e) return IntakeReceipt.REPEATED;
  if (e.type === IntakeEventType.ItemReceived) return IntakeReceipt.CREATED;
  if (e.type === IntakeEventType.ItemSourceAdded) return IntakeReceipt.MERGED;
  return IntakeReceipt.UPDATED;
}

/**
 * The URL is the county's first item's, claimed in the receiving transaction: a copy arriving at the same moment
 * finds the claim and joins that item instead (UrlTaken).
 */
async function claimUrl(
  tx: StoreTransaction,
  origin: IntakeOrigin,
  normalizedUrl: string,
  itemId: string,
): Promise<void> {
  // The claim table is the system scope's alone (no reader but this): as notifications' secrets.
  await tx.query(`SELECT set_config('app.scope', 'system', true)`);
  const claimed = await tx.query<{ item_id: string }>(
    `INSERT INTO intake_url_claim (county_id, normalized_url, item_id, unit_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (county_id, normalized_url) DO NOTHING RETURNING item_id`,
    [origin.countyId, normalizedUrl, itemId, origin.unitId],
  );
  if (claimed.length) return;
  const [other] = await tx.query<{ item_id: string; unit_id: string }>(
    `SELECT item_id, unit_id FROM intake_url_claim WHERE county_id = $1 AND normalized_url = $2`,
    [origin.countyId, normalizedUrl],
  );
  throw new UrlTaken({ itemId: other.item_id, unitId: other.unit_id });
}
