/** Who is acting: a user of a unit. Passed explicitly into every command (STYLE: the tenant is explicit). */
export interface Actor {
  userId: string;
  unitId: string;
  /** Display name, for timelines. */
  userName?: string;
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
