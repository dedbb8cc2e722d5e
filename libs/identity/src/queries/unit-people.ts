import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { UnitObligation, UnitObligations } from '@app/organization';

/**
 * Identity's answer to organization's question before a unit stands down: its active accounts (user_view is
 * identity's table; organization asks, it does not read).
 */
@Injectable()
export class UnitPeople implements OnModuleInit {
  constructor(
    private readonly db: ScopedDb,
    private readonly obligations: UnitObligations,
  ) {}

  onModuleInit(): void {
    this.obligations.provide(UnitObligation.ACTIVE_PEOPLE, (unitId) => this.activePeople(unitId));
  }

  async activePeople(unitId: string): Promise<number> {
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM user_view WHERE unit_id = $1 AND active`, [
        unitId,
      ]),
    );
    return row.n;
  }
}
