import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from './permissions';
import type { Actor } from './actor';

export const ACCESS_KEY = 'pacte:access';
export type AccessDeclaration = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** Anyone, signed in or not, may call this root field. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessDeclaration);

/** Only callers holding `permission` may call this root field; per-record checks follow in the service. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessDeclaration);

/** The caller of the current GraphQL operation, or of an HTTP route (`req.actor`, set by `ActorMiddleware`). */
export function actorOf(context: ExecutionContext): Actor | undefined {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ actor?: Actor }>().actor
    : context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
}

/** The caller, as a resolver or controller parameter (see `actorOf`). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => actorOf(context) as Actor,
);
