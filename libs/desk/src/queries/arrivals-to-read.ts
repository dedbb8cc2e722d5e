import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { dataScopeOf, Principal, ScopedDb } from '@app/access';
import { arrivalIncludes, InboxAudience } from '@app/inbox';
import { DeskArrivalRead, DeskArrivalView } from '../projections/desk-arrival.entities';

const forPerson = (p: Principal) => (a: DeskArrivalView) =>
  arrivalIncludes({ audience: a.audience as InboxAudience, recipientUserIds: a.recipientUserIds }, p);

/** The arrivals waiting for this person to read: their unit's, for their audience, not yet marked read by them. */
@Injectable()
export class ArrivalsToRead {
  constructor(private readonly db: ScopedDb) {}

  async of(p: Principal): Promise<DeskArrivalView[]> {
    const rows = await this.db.run(dataScopeOf(p), (m) =>
      m
        .createQueryBuilder(DeskArrivalView, 'a')
        .where('a.unit_id = :unitId', { unitId: p.unitId })
        .andWhere(
          'NOT EXISTS (SELECT 1 FROM desk_arrival_read r WHERE r.user_id = :userId AND r.event_id = a.event_id)',
          { userId: p.userId },
        )
        .orderBy('a.arrived_at', 'DESC')
        .take(500)
        .getMany(),
    );
    return rows.filter(forPerson(p));
  }

  /** Of these ids, the arrivals that are this person's to read (others' are as if they did not exist), and which
   * of them they already read. */
  async theirs(p: Principal, ids: string[]): Promise<{ found: DeskArrivalView[]; read: Set<string> }> {
    if (!ids.length) return { found: [], read: new Set() };
    return this.db.run(dataScopeOf(p), async (m) => {
      const found = (await m.find(DeskArrivalView, { where: { eventId: In(ids), unitId: p.unitId } })).filter(
        forPerson(p),
      );
      const read = await m.find(DeskArrivalRead, { where: { userId: p.userId, eventId: In(ids) } });
      return { found, read: new Set(read.map((r) => r.eventId)) };
    });
  }
}
