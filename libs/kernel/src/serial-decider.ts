import { Decider } from './decider';

// A series of running numbers, its pure half: the series as a decider. The event store's SerialNumbers takes
// numbers with it inside the numbered thing's transaction.

/** What each number's event says: the number, and what it was given to (the owner's own fields). */
export interface SerialNumberData {
  number: number;
}

/** A number was taken by someone else between reading the series and appending to it. */
export class SerialTaken extends Error {
  constructor(readonly number: number) {
    super(`serial number ${number} was taken meanwhile`);
  }
}

export type SerialEvent<D extends SerialNumberData> = { type: string; data: D };

/**
 * The series as a decider: the number arrives on the command (it must also be in the numbered thing's own event);
 * when it is no longer the next one, SerialTaken and the caller tries again with the next.
 */
export function serialDecider<D extends SerialNumberData>(
  eventType: string,
): Decider<D, SerialEvent<D>, { last: number }> {
  return {
    initialState: () => ({ last: 0 }),
    evolve: (_s, e) => ({ last: e.data.number }),
    decide: (c, s) => {
      if (c.number !== s.last + 1) throw new SerialTaken(c.number);
      return [{ type: eventType, data: c }];
    },
  };
}
