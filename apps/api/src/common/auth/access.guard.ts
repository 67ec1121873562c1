import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { ACCESS_KEY, AccessDeclaration, actorOf } from './decorators';

/**
 * Global guard: a root field with no access declaration is refused (deny by default), a public one is let through,
 * a permission one needs an authenticated actor holding that permission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) {
      throw new ForbiddenError(`(undeclared) ${context.getClass().name}.${context.getHandler().name}`);
    }
    if (declaration.kind === 'public') return true;
    const actor = actorOf(context);
    if (!actor || actor.kind === 'anonymous') throw new UnauthenticatedError();
    if (!actor.permissions.has(declaration.permission)) throw new ForbiddenError(declaration.permission);
    return true;
  }
}
