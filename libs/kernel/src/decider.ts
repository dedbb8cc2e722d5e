/** An event as a decider produces it: an explicit type string and a plain-JSON payload. */
export interface DecidedEvent {
  type: string;
  data: object;
}

/**
 * An aggregate as two pure functions (after emmett): `decide(command, state) → events` and
 * `evolve(state, event) → state`. Time and ids arrive on the command; nothing here touches I/O.
 */
export interface Decider<C, E extends DecidedEvent, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}
