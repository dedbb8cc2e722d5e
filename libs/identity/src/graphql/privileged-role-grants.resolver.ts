import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentPrincipal,
  dataScopeOf,
  Principal,
  Role,
  SYSTEM_UNIT_ID,
} from '@app/access';
import { Connection, PageArgs } from '@app/graphql';
import { OrganizationDirectory } from '@app/organization';
import { PrivilegedRoleGrants } from '../queries/privileged-role-grants';
import { PrivilegedRoleGrantConnection, PrivilegedRoleGrantType } from './privileged-role-grants.types';

const SYSTEM = '系统';

/** 三员分立: the county's auditors see every grant and removal of a privileged role in their county. */
@Resolver()
export class PrivilegedRoleGrantsResolver {
  constructor(
    private readonly grants: PrivilegedRoleGrants,
    private readonly organization: OrganizationDirectory,
  ) {}

  @Query(() => PrivilegedRoleGrantConnection, {
    description:
      '本县特权角色（系统管理员、审计员、领导）的授予与收回，最新在前（审计员）/ Grants and removals of privileged roles in your county, newest first (AUDITOR)',
  })
  @UseGuards(AuthenticatedGuard)
  async privilegedRoleGrants(
    @CurrentPrincipal() p: Principal,
    @Args() page: PageArgs,
  ): Promise<Connection<PrivilegedRoleGrantType>> {
    const result = await this.grants.list(p, page.first ?? undefined, page.after ?? undefined);
    const unitIds = [...new Set(result.edges.flatMap((e) => [e.node.unitId, e.node.grantedByUnitId]))];
    const units = new Map(
      (await this.organization.unitsByIds(dataScopeOf(p), unitIds)).map((u) => [u.unitId, u.name]),
    );
    const unitName = (id: string) => (id === SYSTEM_UNIT_ID ? SYSTEM : (units.get(id) ?? id));
    return {
      ...result,
      edges: result.edges.map(({ cursor, node: g }) => ({
        cursor,
        node: {
          id: g.eventId,
          userId: g.userId,
          username: g.username,
          displayName: g.displayName,
          unitId: g.unitId,
          unitName: unitName(g.unitId),
          granted: g.granted as Role[],
          revoked: g.revoked as Role[],
          roles: g.roles as Role[],
          grantedById: g.grantedByUserId,
          grantedByName: g.grantedByName ?? SYSTEM,
          grantedByUnitId: g.grantedByUnitId,
          grantedByUnitName: unitName(g.grantedByUnitId),
          at: g.at,
        },
      })),
    };
  }
}
