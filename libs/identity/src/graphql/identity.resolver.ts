import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Action,
  AllowsPendingPasswordChange,
  AllowsPendingSecondFactor,
  AuthenticatedGuard,
  authorize,
  decide,
  CommandCtx,
  CurrentPrincipal,
  CurrentRequest,
  dataScopeOf,
  Principal,
  RequestContext,
  capabilitiesOf,
  CapabilityFacts,
  Role,
  SYSTEM_SCOPE,
} from '@app/access';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory, toUnitType, UnitNotFound } from '@app/organization';
import { SignInResult, SignInService } from '../auth/sign-in.service';
import { SignInStates } from '../queries/sign-in-states';
import { UnlockUserSignInCommand } from '../commands/unlock-user-sign-in/unlock-user-sign-in.command';
import { StartTotpEnrollmentCommand } from '../commands/start-totp-enrollment/start-totp-enrollment.command';
import { ChangeUserRolesCommand } from '../commands/change-user-roles/change-user-roles.command';
import { ConfirmTotpCommand } from '../commands/confirm-totp/confirm-totp.command';
import { DeactivateUserCommand } from '../commands/deactivate-user/deactivate-user.command';
import { ReactivateUserCommand } from '../commands/reactivate-user/reactivate-user.command';
import { RegisterUserCommand } from '../commands/register-user/register-user.command';
import { ResetUserSecondFactorCommand } from '../commands/reset-user-second-factor/reset-user-second-factor.command';
import { ResetUserPasswordCommand } from '../commands/reset-user-password/reset-user-password.command';
import { ChangeOwnPasswordCommand } from '../commands/change-own-password/change-own-password.command';
import { UserView } from '../projections/user-view.entity';
import { PeopleDirectory } from '../queries/people-directory';
import {
  AuthPayloadType,
  ChangePasswordInput,
  ChangeUserRolesInput,
  DeactivateUserInput,
  EnrollTotpInput,
  LoginInput,
  MeType,
  RegisterUserInputType,
  ResetUserPasswordInput,
  ResetUserTotpInput,
  TotpEnrollmentType,
  UnlockUserSignInInput,
  UserType,
} from './identity.types';
import { UserNotFound } from '../domain/identity.errors';

const toUserType = (u: UserView, signIn: UserType['signIn'] = null): UserType => ({
  id: u.userId,
  username: u.username,
  displayName: u.displayName,
  unitId: u.unitId,
  roles: u.roles as Role[],
  active: u.active,
  totpEnabled: u.totpEnabled,
  version: u.version,
  signIn,
});

/**
 * Signing in and out (open to everyone), and the people of a county (signed in). Every mutation on a user is a
 * command in its own folder under commands/; login, refresh and logout stay with SignInService: they start and end
 * sessions (tokens, throttling) and change no user aggregate.
 */
@Resolver()
export class IdentityResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly commands: CommandBus,
    private readonly people: PeopleDirectory,
    private readonly organization: OrganizationDirectory,
    private readonly signInStates: SignInStates,
  ) {}

  @Mutation(() => AuthPayloadType, { description: '登录 / Sign in' })
  async login(
    @CurrentRequest() rc: RequestContext,
    @Args('input') input: LoginInput,
  ): Promise<AuthPayloadType> {
    return this.payload(await this.signIn.login(input, rc.ip));
  }

  @Mutation(() => AuthPayloadType, {
    description: '用刷新令牌换新令牌（旧的作废）/ Exchange a refresh token (single use)',
  })
  async refresh(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadType> {
    return this.payload(await this.signIn.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: '退出登录（作废刷新令牌）/ Sign out (revokes the refresh token)' })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.signIn.logout(refreshToken);
    return true;
  }

  @Query(() => MeType, { description: '当前登录用户 / The signed-in user' })
  @UseGuards(AuthenticatedGuard)
  async me(@CurrentPrincipal() p: Principal): Promise<MeType> {
    authorize(p, Action.SelfRead);
    return this.meOf(p);
  }

  @Mutation(() => AuthPayloadType, {
    description: '修改本人密码（其他会话失效）/ Change your password (other sessions end)',
  })
  @UseGuards(AuthenticatedGuard)
  @AllowsPendingPasswordChange()
  async changePassword(
    @CurrentPrincipal() p: Principal,
    @CurrentRequest() rc: RequestContext,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayloadType> {
    await this.commands.execute(
      new ChangeOwnPasswordCommand(p, input.currentPassword, input.newPassword, rc.ip, ctx),
    );
    return this.payload(await this.signIn.startSession(p.userId, rc.ip));
  }

  @Mutation(() => TotpEnrollmentType, {
    description:
      '开始绑定动态口令；已绑定的须提供登录密码和当前动态口令 / Start enrolling a second factor; re-binding needs your password and a current code',
  })
  @UseGuards(AuthenticatedGuard)
  @AllowsPendingSecondFactor()
  async enrollTotp(
    @CurrentPrincipal() p: Principal,
    @CurrentRequest() rc: RequestContext,
    @CommandCtx() ctx: CommandContext,
    @Args('input', { type: () => EnrollTotpInput, nullable: true }) input?: EnrollTotpInput | null,
  ): Promise<TotpEnrollmentType> {
    return this.commands.execute(new StartTotpEnrollmentCommand(p, input ?? null, rc.ip, ctx));
  }

  @Mutation(() => AuthPayloadType, {
    description: '用一个动态口令确认绑定；返回新的完整会话 / Confirm with a code; returns a full session',
  })
  @UseGuards(AuthenticatedGuard)
  @AllowsPendingSecondFactor()
  async confirmTotp(
    @CurrentPrincipal() p: Principal,
    @CurrentRequest() rc: RequestContext,
    @CommandCtx() ctx: CommandContext,
    @Args('code') code: string,
  ): Promise<AuthPayloadType> {
    await this.commands.execute(new ConfirmTotpCommand(p, code, ctx));
    return this.payload(await this.signIn.startSession(p.userId, rc.ip));
  }

  @Mutation(() => UserType, {
    description:
      '解绑某人的动态口令（如手机丢失），其会话失效、下次登录重新绑定（县管理员）/ Reset a second factor; sessions end (county ADMIN)',
  })
  @UseGuards(AuthenticatedGuard)
  async resetUserTotp(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ResetUserTotpInput,
  ): Promise<UserType> {
    await this.commands.execute(new ResetUserSecondFactorCommand(p, input.userId, input.reason, ctx));
    return this.shown(p, input.userId);
  }

  @Query(() => [UserType], { description: '用户（本人可见范围内）/ Users you may see' })
  @UseGuards(AuthenticatedGuard)
  async users(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<UserType[]> {
    authorize(p, Action.UserRead, { kind: 'none' });
    return this.withSignIn(p, await this.people.users(dataScopeOf(p), { unitId: unitId ?? undefined }));
  }

  @Query(() => UserType)
  @UseGuards(AuthenticatedGuard)
  async user(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UserType> {
    return this.shown(p, id);
  }

  @Mutation(() => UserType, { description: '新增用户（县管理员）/ Register a user (county ADMIN)' })
  @UseGuards(AuthenticatedGuard)
  async registerUser(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RegisterUserInputType,
  ): Promise<UserType> {
    const id = await this.commands.execute(new RegisterUserCommand(p, { ...input }, ctx));
    return this.shown(p, id);
  }

  @Mutation(() => UserType, { description: '调整角色（县管理员）/ Change roles (county ADMIN)' })
  @UseGuards(AuthenticatedGuard)
  async changeUserRoles(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ChangeUserRolesInput,
  ): Promise<UserType> {
    await this.commands.execute(new ChangeUserRolesCommand(p, input.userId, input.roles, ctx));
    return this.shown(p, input.userId);
  }

  @Mutation(() => UserType, {
    description: '停用用户，其会话立即失效（县管理员）/ Deactivate; sessions end at once (county ADMIN)',
  })
  @UseGuards(AuthenticatedGuard)
  async deactivateUser(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: DeactivateUserInput,
  ): Promise<UserType> {
    await this.commands.execute(new DeactivateUserCommand(p, input.userId, input.reason, ctx));
    return this.shown(p, input.userId);
  }

  @Mutation(() => UserType, { description: '恢复用户（县管理员）/ Reactivate (county ADMIN)' })
  @UseGuards(AuthenticatedGuard)
  async reactivateUser(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserType> {
    await this.commands.execute(new ReactivateUserCommand(p, userId, ctx));
    return this.shown(p, userId);
  }

  @Mutation(() => UserType, {
    description: '重置密码，其会话失效（县管理员）/ Reset a password; sessions end (county ADMIN)',
  })
  @UseGuards(AuthenticatedGuard)
  async resetUserPassword(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ResetUserPasswordInput,
  ): Promise<UserType> {
    await this.commands.execute(new ResetUserPasswordCommand(p, input.userId, input.newPassword, ctx));
    return this.shown(p, input.userId);
  }

  @Mutation(() => UserType, {
    description:
      '解锁：解除因密码多次错误对其登录的暂停，记录原因（县管理员）/ Lift the pause wrong passwords put on sign-in; recorded (county ADMIN)',
  })
  @UseGuards(AuthenticatedGuard)
  async unlockUserSignIn(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: UnlockUserSignInInput,
  ): Promise<UserType> {
    await this.commands.execute(new UnlockUserSignInCommand(p, input.userId, input.reason, ctx));
    return this.shown(p, input.userId);
  }

  private async shown(p: Principal, id: string): Promise<UserType> {
    return (await this.withSignIn(p, [await this.visibleUser(p, id)]))[0];
  }

  /** Users with their sign-in state, filled in for those the caller administers (two queries for the whole list). */
  private async withSignIn(p: Principal, users: UserView[]): Promise<UserType[]> {
    const administered = users.filter(
      (u) =>
        decide(p, Action.UserUnlockSignIn, {
          kind: 'user',
          userId: u.userId,
          unitId: u.unitId,
          countyId: u.countyId,
        }).allowed,
    );
    const states = await this.signInStates.of(administered);
    return users.map((u) => toUserType(u, states.get(u.userId) ?? null));
  }

  private async visibleUser(p: Principal, id: string): Promise<UserView> {
    const u = await this.people.user(dataScopeOf(p), id);
    if (!u) throw new UserNotFound(id);
    authorize(p, Action.UserRead, { kind: 'user', userId: id, unitId: u.unitId, countyId: u.countyId }, id);
    return u;
  }

  private async meOf(p: Principal): Promise<MeType> {
    const unit = await this.organization.unit(SYSTEM_SCOPE, p.unitId);
    if (!unit) throw new UnitNotFound(p.unitId);
    return {
      id: p.userId,
      username: p.username,
      displayName: p.userName ?? p.username,
      unit: toUnitType(unit),
      countyId: p.countyId,
      roles: p.roles,
      mustEnrollTotp: p.sessionScope === 'enroll-totp',
      mustChangePassword: p.sessionScope === 'change-password',
      capabilities: capabilitiesOf(p, await this.capabilityFacts(p.countyId)),
    };
  }

  /** The county's units the capabilities' targets name (none for a city office). */
  private async capabilityFacts(countyId: string | null): Promise<CapabilityFacts> {
    if (!countyId) return { countyCentreUnitId: null, propagandaUnitId: null };
    const [centre, county] = await Promise.all([
      this.organization.countyCentreUnitId(countyId),
      this.organization.countyFacts(countyId),
    ]);
    return { countyCentreUnitId: centre, propagandaUnitId: county?.propagandaUnitId ?? null };
  }

  private async payload(r: SignInResult): Promise<AuthPayloadType> {
    return {
      accessToken: r.accessToken,
      refreshToken: r.refreshToken,
      accessTokenExpiresAt: r.accessExpiresAt,
      requiresTotpEnrollment: r.requiresTotpEnrollment,
      requiresPasswordChange: r.requiresPasswordChange,
      me: await this.meOf(r.principal),
    };
  }
}
