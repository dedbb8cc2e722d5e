import { Injectable } from '@nestjs/common';
import { Raw } from 'typeorm';
import { DataScope, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { EscalationRecipient, EscalationRecipients } from '@app/incidents';
import { leadersInCharge } from '../domain/leaders-in-charge';
import { CountyLeader } from '../domain/leadership.events';
import { CountyLeaderView } from '../projections/county-leader-view.entity';
import { LeaderArrivalView } from '../projections/leader-arrival-view.entity';
import { LeaderInstructionView } from '../projections/leader-instruction-view.entity';

const toLeader = (r: CountyLeaderView): CountyLeader => ({
  userId: r.userId,
  unitId: r.unitId,
  name: r.name,
  post: r.post,
  fields: r.fields,
  principal: r.principal,
});

/** Reads the roster, instructions and what reached a leader; answers incidents' question of whom to reach. */
@Injectable()
export class LeadershipDirectory implements EscalationRecipients {
  constructor(private readonly db: ScopedDb) {}

  roster(scope: DataScope, countyId: string): Promise<CountyLeaderView[]> {
    return this.db.run(scope, (m) =>
      m.find(CountyLeaderView, { where: { countyId }, order: { principal: 'DESC', appointedAt: 'ASC' } }),
    );
  }

  /** The acting person's place on the roster, for deciding (system scope: the caller is authorised first). */
  async leader(countyId: string, userId: string): Promise<CountyLeader | null> {
    const row = await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(CountyLeaderView, { countyId, userId }));
    return row ? toLeader(row) : null;
  }

  async leadersOf(
    countyId: string,
    incident: { field: string | null; grade: string | null },
  ): Promise<EscalationRecipient[]> {
    const rows = await this.roster(SYSTEM_SCOPE, countyId);
    const byUnit = new Map<string, string[]>();
    for (const l of leadersInCharge(rows.map(toLeader), incident))
      byUnit.set(l.unitId, [...(byUnit.get(l.unitId) ?? []), l.userId]);
    return [...byUnit].map(([unitId, userIds]) => ({ unitId, userIds }));
  }

  instruction(scope: DataScope, instructionId: string): Promise<LeaderInstructionView | null> {
    return this.db.run(scope, (m) => m.findOneBy(LeaderInstructionView, { instructionId }));
  }

  instructionsOfIncident(scope: DataScope, incidentId: string): Promise<LeaderInstructionView[]> {
    return this.db.run(scope, (m) =>
      m.find(LeaderInstructionView, { where: { incidentId }, order: { givenAt: 'ASC' } }),
    );
  }

  instructionsOfLeader(scope: DataScope, userId: string): Promise<LeaderInstructionView[]> {
    return this.db.run(scope, (m) =>
      m.find(LeaderInstructionView, {
        where: { leaderUserId: userId },
        order: { givenAt: 'DESC' },
        take: 200,
      }),
    );
  }

  /** Instructions no one has yet reported back on (批示落实情况反馈 outstanding), oldest first. */
  instructionsAwaitingFeedback(scope: DataScope, countyId: string): Promise<LeaderInstructionView[]> {
    return this.db.run(scope, (m) =>
      m.find(LeaderInstructionView, {
        where: { countyId, feedback: Raw((column) => `${column} = '[]'::jsonb`) },
        order: { givenAt: 'ASC' },
        take: 200,
      }),
    );
  }

  arrivals(scope: DataScope, userId: string): Promise<LeaderArrivalView[]> {
    return this.db.run(scope, (m) =>
      m.find(LeaderArrivalView, { where: { userId }, order: { arrivedAt: 'DESC' }, take: 200 }),
    );
  }
}
