import { randomUUID } from 'node:crypto';
import { Principal } from '@app/access';
import { RecordedEvent, StoreTransaction } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind } from '@app/inbox';
import { CommandContext, deterministicUuid, LocalizedMessage, problem } from '@app/kernel';

/** The platform acting on a unit's behalf when one of its timers falls due: named so in every history. */
export const PLATFORM_USER_ID = 'platform';

/**
 * An event the platform wrote on its own (a timer's reminder, overdue notice, automatic 督办, escalation). None of
 * them changes what a person may do with the task (task.decider.spec says so), so none makes a person's version
 * stale.
 */
export const writtenByPlatform = (e: RecordedEvent) => e.metadata.actorUser === PLATFORM_USER_ID;

export function platformContext(unitId: string, timerId: string, now: Date): CommandContext {
  return {
    actor: { userId: PLATFORM_USER_ID, unitId, userName: '平台（时限提醒）' },
    now,
    correlationId: deterministicUuid('timer', timerId),
    idempotencyKey: `timer:${timerId}`,
  };
}

/** A unit stood down (停用) takes no new work. */
export const outOfService = (field: string) =>
  problem(field, '该单位已停用，不再接收派单和提示函', 'that unit is out of service');

/** Ids of new aggregates: derived from the idempotency key when there is one, so a retry names the same thing. */
export function newId(kind: string, p: Principal, ctx: CommandContext): string {
  return ctx.idempotencyKey ? deterministicUuid(kind, p.unitId, ctx.idempotencyKey) : randomUUID();
}

/** What an arrival says about the thing it is about. */
export interface Arrival {
  incidentId: string | null;
  incidentTitle: string;
  confidential: boolean;
}

/** The receiving side of a step: an arrival in the unit's inbox stream, in the sender's transaction. */
export function deliver(
  tx: StoreTransaction,
  ctx: CommandContext,
  unitId: string,
  kind: InboxChangeKind,
  ref: { type: 'TASK' | 'LETTER'; id: string },
  about: Arrival,
  to?: { audience: InboxAudience; note: LocalizedMessage },
): Promise<void> {
  return deliverToInbox(tx, ctx, {
    unitId,
    kind,
    refType: ref.type,
    refId: ref.id,
    incidentId: about.incidentId,
    incidentTitle: about.incidentTitle,
    confidential: about.confidential,
    ...to,
  });
}
