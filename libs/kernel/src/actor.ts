import { createHash } from 'node:crypto';

/** Who is acting: a user of a unit. Passed explicitly into every command (STYLE: the tenant is explicit). */
export interface Actor {
  userId: string;
  unitId: string;
  /** Display name, for timelines. */
  userName?: string;
  /** Sign-in name: what a record shows of the actor when no display name is set. */
  username?: string;
  /** The acting unit's county, where the actor carries one (a signed-in principal does). */
  countyId?: string | null;
}

/**
 * Everything a command carries besides its own input: who, when, and how it relates to other messages.
 * Time and ids arrive here so that deciders never read the clock or generate ids themselves.
 */
export interface CommandContext {
  actor: Actor;
  /** The moment the command was accepted, from the injectable clock. */
  now: Date;
  correlationId: string;
  causationId?: string;
  /** Client-supplied key; a retried command with the same key returns the first result and appends nothing. */
  idempotencyKey?: string;
}

/**
 * What a decider reads of a command's context: who acts, for which unit, and when. One shape for every aggregate
 * (issue 18), built by `decisionContextOf` from the acting principal and the command's time; a decider that also
 * needs the actor's county narrows `actorCountyId` to required (incidents).
 */
export interface DecisionContext {
  now: Date;
  actorUserId: string;
  actorUnitId: string;
  actorCountyId?: string | null;
  /** The actor's name as a record keeps it (who issued, who drafted, who wrote the log line). */
  actorName?: string;
}

/** The context of a decider that writes the actor's name into its events (reports, duty logs). */
export type NamedDecisionContext = DecisionContext & { actorName: string };

export function decisionContextOf(actor: Actor, now: Date): NamedDecisionContext {
  return {
    now,
    actorUserId: actor.userId,
    actorUnitId: actor.unitId,
    actorCountyId: actor.countyId ?? null,
    actorName: actor.userName ?? actor.username ?? actor.userId,
  };
}

/**
 * A UUID derived from its parts (SHA-256, formatted as a version-8 UUID): lets a retried request that carries an
 * idempotency key name the same new aggregate as the first attempt did.
 */
export function deterministicUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
