import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext, Unauthenticated } from './request-context';

export interface GraphqlContext {
  requestContext: RequestContext;
}

/** Every resolver that touches data is guarded: no valid session, no data (UNAUTHENTICATED). */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!ctx.requestContext?.principal) {
      throw ctx.requestContext?.bearer
        ? new Unauthenticated('AUTH.SESSION_INVALID', {
            zh: '登录已失效，请重新登录',
            en: 'Your session has ended; sign in again',
          })
        : new Unauthenticated();
    }
    return true;
  }
}
