import { commandMetadata, StoreTransaction } from '@app/event-store';
import { CommandContext, LocalizedMessage } from '@app/kernel';
import {
  INBOX_ITEM_ARRIVED,
  INBOX_STREAM_TYPE,
  InboxChangeKind,
  InboxAudience,
  InboxItemArrivedData,
  InboxRef,
  inboxStreamId,
} from './domain/inbox.events';

export interface InboxArrival {
  unitId: string;
  kind: InboxChangeKind;
  refType: InboxRef;
  refId: string;
  incidentId: string | null;
  incidentTitle: string;
  confidential: boolean;
  /** Default: the whole unit. */
  audience?: InboxAudience;
  note?: LocalizedMessage | null;
  /** Named people within the audience (e.g. the leaders in charge); default: all of it. */
  recipientUserIds?: string[];
  /**
   * The platform's own notice about the unit's work, raised by what someone else sent (a monitor's figures asking
   * the centre to re-assess): it reaches the unit even when the step was taken in the unit's name.
   */
  evenToOwnUnit?: boolean;
}

/**
 * Appends the receiving side of a cross-unit step to the unit's inbox stream for that item, inside the sender's
 * transaction.
 * A step to one's own unit delivers nothing (there is no other side) unless it is meant for the unit's leaders or
 * administrators — the platform's own notices (督办 escalations, 舆情快报) go to the centre that set them off — or
 * names someone in it other than the actor (a colleague named 专人).
 */
export async function deliverToInbox(
  tx: StoreTransaction,
  ctx: CommandContext,
  a: InboxArrival,
): Promise<void> {
  const audience = a.audience ?? InboxAudience.UNIT;
  const namesAnother = a.recipientUserIds?.some((u) => u !== ctx.actor.userId) ?? false;
  if (a.unitId === ctx.actor.unitId && audience === InboxAudience.UNIT && !namesAnother && !a.evenToOwnUnit)
    return;
  const data: InboxItemArrivedData = {
    unitId: a.unitId,
    kind: a.kind,
    refType: a.refType,
    refId: a.refId,
    incidentId: a.incidentId,
    fromUnitId: ctx.actor.unitId,
    // 涉密: only the reference travels (002).
    title: a.confidential ? null : a.incidentTitle,
    confidential: a.confidential,
    at: ctx.now.toISOString(),
    audience,
    note: a.note ?? null,
    ...(a.recipientUserIds?.length ? { recipientUserIds: a.recipientUserIds } : {}),
  };
  await tx.append({
    streamId: inboxStreamId(a.unitId, a.refId),
    streamType: INBOX_STREAM_TYPE,
    owningUnit: a.unitId,
    expectedVersion: 'any',
    events: [{ type: INBOX_ITEM_ARRIVED, data: data as unknown as Record<string, unknown> }],
    metadata: { ...commandMetadata(a.kind, ctx), idempotencyKey: null },
  });
}
