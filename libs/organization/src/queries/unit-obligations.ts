import { Injectable } from '@nestjs/common';

/**
 * What other libraries still hold against a unit before it may stand down (停用): its people, the tasks it owes,
 * the risk letters it has not signed for. Those are other libraries' tables, and organization sits below them, so
 * it declares the question here and each owner answers it (identity, dispatch: in their modules' onModuleInit), as
 * the incident timeline is filled through TimelineRegistry.
 */
export const UnitObligation = {
  /** Active user accounts of the unit (identity). */
  ACTIVE_PEOPLE: 'activePeople',
  /** Tasks assigned to the unit and not yet handed in and accepted (dispatch). */
  OWED_TASKS: 'owedTasks',
  /** Risk letters addressed to the unit that it has not signed for (dispatch). */
  UNSIGNED_LETTERS: 'unsignedLetters',
} as const;
export type UnitObligation = (typeof UnitObligation)[keyof typeof UnitObligation];

/** Counts one obligation of one unit; runs outside any tenant's scope (the caller has authorised the step). */
export type UnitObligationCounter = (unitId: string) => Promise<number>;

@Injectable()
export class UnitObligations {
  private readonly counters = new Map<UnitObligation, UnitObligationCounter>();

  /** The owner's counter for one obligation (a second instance of the owner's module counts the same table). */
  provide(obligation: UnitObligation, counter: UnitObligationCounter): void {
    this.counters.set(obligation, counter);
  }

  /**
   * Every obligation's count. One without a counter is an assembly mistake (the owning module is not loaded), not
   * a zero: a unit must never stand down because nobody was asked.
   */
  async of(unitId: string): Promise<Record<UnitObligation, number>> {
    const counts = await Promise.all(
      Object.values(UnitObligation).map(async (o) => {
        const counter = this.counters.get(o);
        if (!counter) throw new Error(`No library counts the unit obligation ${o}: is its module imported?`);
        return [o, await counter(unitId)] as const;
      }),
    );
    return Object.fromEntries(counts) as Record<UnitObligation, number>;
  }
}
