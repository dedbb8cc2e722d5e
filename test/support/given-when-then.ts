import {
  AppError,
  DecidedEvent,
  DecisionContext,
  Decider,
  RecordedEvent,
  ValidationFailed,
} from '@app/kernel';

/**
 * Given/when/then for deciders and projection folds, after emmett's DeciderSpecification: pure, no database, no
 * mocks. One harness for every decider spec (issue 18), imported as `@test/given-when-then`.
 *
 *   const { given } = deciderSpec(letterDecider);
 *   given([sent]).when(sign).then([signed]);
 *   given([sent, signed]).when(sign).thenThrows('LETTER.ALREADY_SIGNED');
 *
 *   givenEvents([registered, deactivated]).project(applyToUnitView).then({ active: false });
 */
export function deciderSpec<C, E extends DecidedEvent, S>(decider: Decider<C, E, S>) {
  return {
    /** The stream so far: the state is these events folded by the decider's own evolve. */
    given(events: E[] = []) {
      const state = () => events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      return {
        when(command: C) {
          const decide = () => decider.decide(command, state());
          return {
            /** The events decided, exactly; or a check on them when a function is given. */
            then(expected: E[] | ((decided: E[]) => void)): void {
              const decided = decide();
              if (typeof expected === 'function') expected(decided);
              else expect(decided).toEqual(expected);
            },
            /** The command is accepted and decides nothing (a repeat, a timer that no longer applies). */
            thenNothingHappens(): void {
              expect(decide()).toEqual([]);
            },
            /**
             * The command is refused with this sub-code (`extensions.reason`, e.g. `LETTER.NOT_FOUND`); for a
             * VALIDATION_FAILED, `fields` names the input fields it must blame (all of them, any order).
             */
            thenThrows(reason: string, fields?: string[]): AppError {
              let thrown: unknown;
              try {
                decide();
              } catch (e) {
                thrown = e;
              }
              expect(thrown).toBeInstanceOf(AppError);
              const error = thrown as AppError;
              expect(error.reason).toBe(reason);
              if (fields) {
                expect(error).toBeInstanceOf(ValidationFailed);
                expect((error as ValidationFailed).problems.map((p) => p.field).sort()).toEqual(
                  [...fields].sort(),
                );
              }
              return error;
            },
          };
        },
      };
    },
  };
}

/**
 * The events a run of commands decides, one after another on one stream, each against the state the earlier ones
 * left: real events for a projection spec, made by the decider itself rather than written out by hand.
 */
export function decided<C, E extends DecidedEvent, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  const events: E[] = [];
  for (const c of commands)
    events.push(
      ...decider.decide(
        c,
        events.reduce((s, e) => decider.evolve(s, e), decider.initialState()),
      ),
    );
  return events;
}

/** A decision context for a spec: this user of this unit deciding at this moment. */
export const actingAs = (
  actorUserId: string,
  actorUnitId = 'centre',
  now = new Date('2026-03-02T01:00:00Z'),
): DecisionContext => ({ now, actorUserId, actorUnitId });

/** Where the recorded events of a projection spec sit: one stream, owned by one unit, from a given time on. */
export interface StreamOf {
  streamId?: string;
  streamType?: string;
  owningUnit?: string;
  /** Recorded-at of the first event; each next one a minute later (unless its data says `at`). */
  from?: Date;
}

/** Domain events as the log returns them: versions 1…n in one stream, positions in order, times from `at`. */
export function recorded<E extends DecidedEvent>(events: E[], stream: StreamOf = {}): RecordedEvent[] {
  const from = stream.from ?? new Date('2026-03-02T01:00:00Z');
  return events.map((e, i) => {
    const data = e.data as Record<string, unknown>;
    const at = typeof data.at === 'string' ? new Date(data.at) : new Date(from.getTime() + i * 60_000);
    return {
      globalPosition: BigInt(i + 1),
      transactionId: BigInt(1000 + i),
      eventId: `event-${i + 1}`,
      streamId: stream.streamId ?? 'stream-1',
      streamType: stream.streamType ?? 'Test',
      streamVersion: i + 1,
      type: e.type,
      schemaVersion: 1,
      storedSchemaVersion: 1,
      data,
      metadata: {
        actorUser: typeof data.by === 'string' ? data.by : 'user-1',
        actorUnit: stream.owningUnit ?? 'unit-1',
        command: 'Test',
        correlationId: 'correlation-1',
      },
      recordedAt: at,
      owningUnit: stream.owningUnit ?? 'unit-1',
      prevHash: '',
      hash: '',
    };
  });
}

/** A projection's fold: one recorded event into its row (undefined before the row exists, or when it is gone). */
export type Fold<R> = (row: R | undefined, event: RecordedEvent) => R | undefined;

/** Given these events of one stream, folded from nothing by a projection, then the row is… */
export function givenEvents<E extends DecidedEvent>(events: E[], stream: StreamOf = {}) {
  return {
    project<R>(fold: Fold<R>) {
      const row = recorded(events, stream).reduce<R | undefined>((r, e) => fold(r, e), undefined);
      return {
        /** The row has these fields (others are not compared); `undefined` when no row should exist. */
        then(expected: Partial<R> | undefined): void {
          if (expected === undefined) expect(row).toBeUndefined();
          else expect(row).toMatchObject(expected);
        },
        /** The row itself, for checks a field list cannot say. */
        row(): R | undefined {
          return row;
        },
      };
    },
  };
}
