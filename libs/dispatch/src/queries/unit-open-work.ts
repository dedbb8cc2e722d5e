import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { UnitObligation, UnitObligations } from '@app/organization';

/**
 * Dispatch's answer to organization's question before a unit stands down: the tasks it owes and the risk letters
 * it has not signed for (task_view and letter_view are dispatch's tables; organization asks, it does not read).
 */
@Injectable()
export class UnitOpenWork implements OnModuleInit {
  constructor(
    private readonly db: ScopedDb,
    private readonly obligations: UnitObligations,
  ) {}

  onModuleInit(): void {
    this.obligations.provide(UnitObligation.OWED_TASKS, (unitId) => this.owedTasks(unitId));
    this.obligations.provide(UnitObligation.UNSIGNED_LETTERS, (unitId) => this.unsignedLetters(unitId));
  }

  /** Tasks assigned to the unit that are still its to do (dispatched, signed, in progress, sent back). */
  async owedTasks(unitId: string): Promise<number> {
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM task_view WHERE assignee_unit_id = $1
           AND status IN ('DISPATCHED', 'SIGNED', 'IN_PROGRESS', 'REWORK')`,
        [unitId],
      ),
    );
    return row.n;
  }

  /** Risk letters addressed to the unit whose receipt it has not signed. */
  async unsignedLetters(unitId: string): Promise<number> {
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM letter_view WHERE $1 = ANY (recipient_unit_ids)
           AND receipts @> jsonb_build_array(jsonb_build_object('unitId', $1::text, 'signedAt', null))`,
        [unitId],
      ),
    );
    return row.n;
  }
}
