import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Clock, CommandContext } from '@app/kernel';
import { GraphqlContext } from './auth.guard';
import { Principal } from './domain/principal';
import { BadIdempotencyKey, RequestContext, Unauthenticated } from './request-context';

/** The request's context (caller, correlation id, idempotency key, locale, address). */
export const CurrentRequest = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().requestContext;
  },
);

/** The authenticated caller; use behind AuthenticatedGuard. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(context).getContext<GraphqlContext>().requestContext.principal;
  if (!principal) throw new Unauthenticated();
  return principal;
});

/**
 * Everything a command needs from the request but the time: caller, correlation and the idempotency key,
 * specialised per mutation field so that one request carrying two mutations gives each its own key.
 */
export type RequestCommandContext = Omit<CommandContext, 'now'>;

const RequestCommandCtx = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestCommandContext => {
    const gql = GqlExecutionContext.create(context);
    const rc = gql.getContext<GraphqlContext>().requestContext;
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (rc.badIdempotencyKey) throw new BadIdempotencyKey();
    return {
      actor: rc.principal ?? { userId: 'anonymous', unitId: 'anonymous' },
      correlationId: rc.correlationId,
      idempotencyKey: rc.idempotencyKey ? `${rc.idempotencyKey}#${String(info.path.key)}` : undefined,
    };
  },
);

/** Gives a request's command its time, from the injectable clock (a pipe, so that Nest injects the clock). */
@Injectable()
export class StampCommandTime implements PipeTransform<RequestCommandContext, CommandContext> {
  constructor(private readonly clock: Clock) {}

  transform(ctx: RequestCommandContext): CommandContext {
    return { ...ctx, now: this.clock.now() };
  }
}

/**
 * The command's context, whole: caller, correlation, idempotency key, and `now` stamped once here from the clock,
 * so that no resolver writes `{ ...ctx, now: this.clock.now() }` and every command of a request carries the time
 * it was accepted.
 */
export const CommandCtx = (): ParameterDecorator => RequestCommandCtx(undefined, StampCommandTime);
