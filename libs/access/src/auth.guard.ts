import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccessErrorReason, Forbidden, SessionInvalid, Unauthenticated } from './policy/access.errors';
import { RequestContext } from './request-context';

export interface GraphqlContext {
  requestContext: RequestContext;
}

const PENDING_SECOND_FACTOR = 'access:allowsPendingSecondFactor';

/**
 * Marks the few operations a session may use while the county's policy wants a second factor its user has not
 * enrolled yet (enrolling and confirming it). Everything else refuses such a session — by default, so that a new
 * query cannot forget to.
 */
export const AllowsPendingSecondFactor = () => SetMetadata(PENDING_SECOND_FACTOR, true);

const PENDING_PASSWORD_CHANGE = 'access:allowsPendingPasswordChange';

/** Marks the operations a session may use while its password, set by an administrator, is still to be changed. */
export const AllowsPendingPasswordChange = () => SetMetadata(PENDING_PASSWORD_CHANGE, true);

/**
 * Every resolver that touches data is guarded: no valid session, no data (UNAUTHENTICATED); a session that must
 * first enrol a second factor may do only that (FORBIDDEN).
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const principal = ctx.requestContext?.principal;
    if (!principal) {
      throw ctx.requestContext?.bearer ? new SessionInvalid() : new Unauthenticated();
    }
    if (
      principal.sessionScope === 'enroll-totp' &&
      !this.reflector.getAllAndOverride<boolean>(PENDING_SECOND_FACTOR, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      throw new Forbidden(AccessErrorReason.AUTH_TOTP_ENROLLMENT_REQUIRED);
    if (
      principal.sessionScope === 'change-password' &&
      !this.reflector.getAllAndOverride<boolean>(PENDING_PASSWORD_CHANGE, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      throw new Forbidden(AccessErrorReason.AUTH_PASSWORD_CHANGE_REQUIRED);
    return true;
  }
}
