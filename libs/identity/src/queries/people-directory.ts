import { Injectable } from '@nestjs/common';
import { DataScope, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { UnitMember, UnitMembers } from '@app/organization';
import { UserView } from '../projections/user-view.entity';

/** Reads people in the caller's row-security scope; `facts` for deciding commands. */
@Injectable()
export class PeopleDirectory implements UnitMembers {
  constructor(private readonly db: ScopedDb) {}

  user(scope: DataScope, userId: string): Promise<UserView | null> {
    return this.db.run(scope, (m) => m.findOneBy(UserView, { userId }));
  }

  users(scope: DataScope, filter: { unitId?: string } = {}): Promise<UserView[]> {
    return this.db.run(scope, (m) => {
      const qb = m.createQueryBuilder(UserView, 'u');
      if (filter.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: filter.unitId });
      return qb.orderBy('u.unit_id').addOrderBy('u.username').getMany();
    });
  }

  facts(userId: string): Promise<UserView | null> {
    return this.user(SYSTEM_SCOPE, userId);
  }

  async activeMember(unitId: string, userId: string): Promise<UnitMember | null> {
    const u = await this.facts(userId);
    return u && u.active && u.unitId === unitId ? { userId: u.userId, name: u.displayName } : null;
  }

  byUsername(username: string): Promise<UserView | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(UserView, { username }));
  }
}
