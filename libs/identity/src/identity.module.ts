import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { OrganizationModule, UNIT_MEMBERS } from '@app/organization';
import { AUTH_OPTIONS, AuthOptions, DEFAULT_AUTH_OPTIONS } from './auth/auth-options';
import { LoginThrottle } from './auth/login-throttle';
import { SignInService } from './auth/sign-in.service';
import { TokenService } from './auth/token.service';
import { ChangeUserRolesHandler } from './commands/change-user-roles/change-user-roles.handler';
import { ConfirmTotpHandler } from './commands/confirm-totp/confirm-totp.handler';
import { DeactivateUserHandler } from './commands/deactivate-user/deactivate-user.handler';
import { ReactivateUserHandler } from './commands/reactivate-user/reactivate-user.handler';
import { StartTotpEnrollmentHandler } from './commands/start-totp-enrollment/start-totp-enrollment.handler';
import { ChangeOwnPasswordHandler } from './commands/change-own-password/change-own-password.handler';
import { RegisterUserHandler } from './commands/register-user/register-user.handler';
import { ResetUserSecondFactorHandler } from './commands/reset-user-second-factor/reset-user-second-factor.handler';
import { ResetUserPasswordHandler } from './commands/reset-user-password/reset-user-password.handler';
import { CredentialsRepository } from './credentials/credentials.repository';
import { UserEventType } from './domain/user.events';
import { IdentityResolver } from './graphql/identity.resolver';
import { PrivilegedRoleGrantsResolver } from './graphql/privileged-role-grants.resolver';
import { PrivilegedRoleGrantView, RoleGrantUserView } from './projections/privileged-role-grant.entity';
import { PrivilegedRoleGrantsProjection } from './projections/privileged-role-grant.projection';
import { UserView } from './projections/user-view.entity';
import { userViewProjection } from './projections/user-view.projection';
import { PeopleDirectory } from './queries/people-directory';
import { PrivilegedRoleGrants } from './queries/privileged-role-grants';
import { UnitPeople } from './queries/unit-people';
import { SignInStates } from './queries/sign-in-states';
import { UnlockUserSignInHandler } from './commands/unlock-user-sign-in/unlock-user-sign-in.handler';

/** People: users of units, their roles, and signing in (passwords, second factor, tokens, rate limits). */
@Module({})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  static forRoot(options: Partial<AuthOptions> = {}): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        CqrsModule,
        OrganizationModule,
        TypeOrmModule.forFeature([UserView, PrivilegedRoleGrantView, RoleGrantUserView]),
      ],
      providers: [
        { provide: AUTH_OPTIONS, useValue: { ...DEFAULT_AUTH_OPTIONS, ...options } },
        ScopedDb,
        CredentialsRepository,
        TokenService,
        LoginThrottle,
        SignInService,
        StartTotpEnrollmentHandler,
        PeopleDirectory,
        SignInStates,
        UnitPeople,
        RegisterUserHandler,
        ChangeUserRolesHandler,
        DeactivateUserHandler,
        ReactivateUserHandler,
        ResetUserPasswordHandler,
        UnlockUserSignInHandler,
        ChangeOwnPasswordHandler,
        ConfirmTotpHandler,
        ResetUserSecondFactorHandler,
        IdentityResolver,
        PrivilegedRoleGrants,
        PrivilegedRoleGrantsResolver,
        // Who works in a unit, for the capabilities identity cannot be imported by (a task's 责任人).
        { provide: UNIT_MEMBERS, useExisting: PeopleDirectory },
      ],
      exports: [SignInService, PeopleDirectory, UNIT_MEMBERS],
      global: true,
    };
  }

  onModuleInit(): void {
    for (const type of Object.values(UserEventType)) this.schemas.define(type, 1);
    this.projections.add(userViewProjection());
    this.projections.add(new PrivilegedRoleGrantsProjection());
  }
}
