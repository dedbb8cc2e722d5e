import { Injectable } from '@nestjs/common';
import { Action, authorize, dataScopeOf, Principal, ScopedDb } from '@app/access';
import { Connection, connectionOf, decodeCursor, encodeCursor, pageSize } from '@app/graphql';
import { PrivilegedRoleGrantView } from '../projections/privileged-role-grant.entity';

/**
 * Grants and removals of privileged roles in the caller's county, newest first, keyset-paginated on the log
 * position (a deep page costs what the first does). For the county's auditors only (the policy's
 * `audit.roleGrants`); row-level security keeps the rows in the county scope again underneath.
 */
@Injectable()
export class PrivilegedRoleGrants {
  constructor(private readonly db: ScopedDb) {}

  list(p: Principal, first?: number, after?: string): Promise<Connection<PrivilegedRoleGrantView>> {
    // The county is the caller's own: an auditor of another county lists his own county's grants, never these.
    authorize(p, Action.AuditRoleGrants, { kind: 'county', countyId: p.countyId ?? '' });
    const size = pageSize(first);
    const before = after === undefined ? null : positionOf(after);
    return this.db.run(dataScopeOf(p), async (m) => {
      const qb = m
        .createQueryBuilder(PrivilegedRoleGrantView, 'g')
        .where('g.county_id = :county', { county: p.countyId });
      const totalCount = await qb.clone().getCount();
      if (before !== null) qb.andWhere('g.position < :before::bigint', { before });
      const rows = await qb
        .orderBy('g.position', 'DESC')
        .take(size + 1)
        .getMany();
      return connectionOf(rows, size, {
        totalCount,
        after: before !== null,
        cursor: (g) => encodeCursor([g.position]),
        node: (g) => g,
      });
    });
  }
}

/** A cursor this list gave out: a log position (anything else is VALIDATION_FAILED, never a PostgreSQL error). */
const positionOf = (cursor: string) => decodeCursor(cursor, ['position'])[0] as string;
