import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/kernel';
import { IntakeOrigin } from '../../domain/intake-item.decider';
import { IntakeItemInput } from '../../domain/intake-item.validation';

/** What became of one item: a new one, joined to an item with the same URL, or a repeat of one already received. */
export enum IntakeReceipt {
  CREATED = 'CREATED',
  MERGED = 'MERGED',
  REPEATED = 'REPEATED',
  /** The same item from the same source with new figures: a later reading. */
  UPDATED = 'UPDATED',
}

export interface IntakeReceived {
  externalId: string;
  itemId: string;
  receipt: IntakeReceipt;
}

/**
 * Items from one source, already checked (a push, an import, a hand entry): each is received once by (source, its
 * own id), and a URL already in the county joins that item. Authorised by the caller (a key, or the policy).
 */
export class ReceiveIntakeItemsCommand extends Command<IntakeReceived[]> {
  constructor(
    readonly origin: IntakeOrigin,
    readonly items: IntakeItemInput[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
