import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Actor, CommandContext } from '@app/kernel';
import { GraphqlContext } from './auth.guard';
import { BadIdempotencyKey, RequestContext, Unauthenticated } from './request-context';

/** The request's context (caller, correlation id, idempotency key, locale). */
export const CurrentRequest = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().requestContext;
  },
);

/** The authenticated caller; use behind AuthenticatedGuard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GraphqlContext>().requestContext.actor;
  if (!actor) throw new Unauthenticated();
  return actor;
});

/**
 * Everything a command needs from the request: caller, time, correlation and the idempotency key, specialised per
 * mutation field so that one request carrying two mutations gives each its own key.
 */
export const CommandCtx = createParamDecorator(
  (_: unknown, context: ExecutionContext): Omit<CommandContext, 'now'> => {
    const gql = GqlExecutionContext.create(context);
    const rc = gql.getContext<GraphqlContext>().requestContext;
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!rc.actor) throw new Unauthenticated();
    if (rc.badIdempotencyKey) throw new BadIdempotencyKey();
    return {
      actor: rc.actor,
      correlationId: rc.correlationId,
      idempotencyKey: rc.idempotencyKey ? `${rc.idempotencyKey}#${String(info.path.key)}` : undefined,
    };
  },
);
