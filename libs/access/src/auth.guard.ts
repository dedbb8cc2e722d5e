import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext, Unauthenticated } from './request-context';

export interface GraphqlContext {
  requestContext: RequestContext;
}

/** Every resolver that touches data is guarded: no caller, no data (UNAUTHENTICATED). */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!ctx.requestContext?.actor) throw new Unauthenticated();
    return true;
  }
}
