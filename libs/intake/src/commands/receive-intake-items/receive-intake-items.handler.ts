import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { CommandContext, decisionContextOf, deterministicUuid } from '@app/kernel';
import { IntakeOrigin, intakeItemDecider } from '../../domain/intake-item.decider';
import { IntakeItemInput } from '../../domain/intake-item.validation';
import { INTAKE_ITEM_STREAM_TYPE, intakeItemStreamId } from '../../domain/intake.events';
import { IntakeReader } from '../../queries/intake-reader';
import { IntakeReceipt, IntakeReceived, ReceiveIntakeItemsCommand } from './receive-intake-items.command';

/** Another item took the URL between our look and our write: join it instead. */
class UrlTaken extends Error {
  constructor(readonly itemId: string) {
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
  ) {}

  async execute({ origin, items, context }: ReceiveIntakeItemsCommand): Promise<IntakeReceived[]> {
    const out: IntakeReceived[] = [];
    // One after another: a batch of a few hundred is one monitor's minute; each item is its own small transaction,
    // so a failure part-way leaves the rest to a repeat of the push, which adds nothing twice.
    for (const item of items) out.push(await this.receiveOne(origin, item, context));
    return out;
  }

  private async receiveOne(
    origin: IntakeOrigin,
    item: IntakeItemInput,
    context: CommandContext,
  ): Promise<IntakeReceived> {
    const itemId = deterministicUuid('intake-item', origin.sourceId, item.externalId);
    const done = (id: string, receipt: IntakeReceipt) => ({
      externalId: item.externalId,
      itemId: id,
      receipt,
    });
    const holder = item.normalizedUrl
      ? await this.reader.itemOfUrl(origin.countyId, item.normalizedUrl)
      : null;
    if (holder && holder !== itemId) return done(holder, await this.join(holder, origin, item, context));
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
          context: decisionContextOf(context.actor, context.now),
        },
        owningUnit: origin.unitId,
        metadata: commandMetadata('ReceiveIntakeItem', context),
        alsoWithin: item.normalizedUrl
          ? async (tx) => {
              const claimed = await tx.query<{ item_id: string }>(
                `INSERT INTO intake_url_claim (county_id, normalized_url, item_id) VALUES ($1, $2, $3)
                 ON CONFLICT (county_id, normalized_url) DO NOTHING RETURNING item_id`,
                [origin.countyId, item.normalizedUrl, itemId],
              );
              if (claimed.length) return;
              const [other] = await tx.query<{ item_id: string }>(
                `SELECT item_id FROM intake_url_claim WHERE county_id = $1 AND normalized_url = $2`,
                [origin.countyId, item.normalizedUrl],
              );
              throw new UrlTaken(other.item_id);
            }
          : undefined,
      });
      return done(itemId, r.events.length ? IntakeReceipt.CREATED : IntakeReceipt.REPEATED);
    } catch (err) {
      if (!(err instanceof UrlTaken)) throw err;
      return done(err.itemId, await this.join(err.itemId, origin, item, context));
    }
  }

  /** The same post from another source: a sighting on the item that holds its URL. */
  private async join(
    holder: string,
    origin: IntakeOrigin,
    item: IntakeItemInput,
    context: CommandContext,
  ): Promise<IntakeReceipt> {
    const r = await this.executor.execute({
      streamId: intakeItemStreamId(holder),
      streamType: INTAKE_ITEM_STREAM_TYPE,
      decider: intakeItemDecider,
      command: {
        type: 'AddIntakeSighting',
        itemId: holder,
        sighting: {
          sourceId: origin.sourceId,
          sourceName: origin.sourceName,
          externalId: item.externalId,
          spread: item.spread,
          at: context.now.toISOString(),
        },
        context: decisionContextOf(context.actor, context.now),
      },
      owningUnit: origin.unitId,
      metadata: commandMetadata('AddIntakeSighting', context),
    });
    return r.events.length ? IntakeReceipt.MERGED : IntakeReceipt.REPEATED;
  }
}
