import type { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, GraphQLError, Kind, OperationDefinitionNode, ValidationRule, visit } from 'graphql';

/** A NUL character, or half of a UTF-16 surrogate pair without its other half. */
// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The longest string any argument may hold (the longest field of the schema is 4,000 characters): anything longer is
 * refused before the operation runs, whatever the field.
 */
export const MAX_STRING_LENGTH = 10_000;

/** What is wrong with `text` (PostgreSQL stores neither NUL nor a lone surrogate), or null when nothing is. */
export function unstorable(text: string): string | null {
  if (text.length > MAX_STRING_LENGTH) return `more than ${MAX_STRING_LENGTH} characters`;
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return match[0] === '\u0000' ? 'a NUL character' : 'an unpaired UTF-16 surrogate';
}

function refusal(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

/** The dotted path of a value inside an argument: `input.title`, `kinds.1`. */
function pathIn(ancestors: readonly (ASTNode | readonly ASTNode[])[], argument: string, node: ASTNode): string {
  const parts = [argument];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length; i++) {
    const here = chain[i];
    if (Array.isArray(here)) continue;
    const one = here as ASTNode;
    if (one.kind === Kind.OBJECT_FIELD) parts.push(one.name.value);
    if (one.kind === Kind.LIST) {
      const item = chain[i + 2] as ASTNode | undefined;
      if (item) parts.push(String(one.values.indexOf(item as never)));
    }
  }
  return parts.join('.');
}

/**
 * Validation rule: a string written in the document (an argument, a default value) must hold neither NUL nor a lone
 * surrogate, nor be longer than {@link MAX_STRING_LENGTH}. Refused with BAD_USER_INPUT naming the argument, before
 * anything runs.
 */
export const StorableStringsRule: ValidationRule = (context) => ({
  StringValue(node, _key, parent, _path, ancestors) {
    const problem = unstorable(node.value);
    if (!problem) return;
    // `ancestors` stops before the parent.
    const chain = parent ? [...ancestors, parent] : [...ancestors];
    const owner = [...chain]
      .reverse()
      .find(
        (a): a is ASTNode =>
          !Array.isArray(a) && [Kind.ARGUMENT, Kind.VARIABLE_DEFINITION].includes((a as ASTNode).kind),
      );
    let name = 'value';
    if (owner?.kind === Kind.ARGUMENT) name = owner.name.value;
    if (owner?.kind === Kind.VARIABLE_DEFINITION) name = `$${owner.variable.name.value}`;
    const path = pathIn(chain.slice(chain.indexOf(owner as never) + 1), name, node);
    context.reportError(refusal(`The argument ${path} contains ${problem}`, { argument: path }));
  },
});

/** The first string of `value` that PostgreSQL could not store, with its path; null when there is none. */
export function findUnstorable(value: unknown, path: string): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = unstorable(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = unstorable(key);
      if (keyProblem) return { path: `${path}.${key}`, problem: keyProblem };
      const found = findUnstorable(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The arguments each variable of the operation is passed to, as `field.argument`. */
function argumentsOf(operation: OperationDefinitionNode | null | undefined): Map<string, string> {
  const uses = new Map<string, string>();
  if (!operation) return uses;
  visit(operation, {
    Argument(argument, _key, _parent, _path, ancestors) {
      const field = [...ancestors].reverse().find((a) => !Array.isArray(a) && (a as ASTNode).kind === Kind.FIELD);
      const fieldName = field ? (field as { name: { value: string } }).name.value : '';
      visit(argument.value, {
        Variable(variable) {
          if (!uses.has(variable.name.value)) uses.set(variable.name.value, `${fieldName}.${argument.name.value}`);
        },
      });
    },
  });
  return uses;
}

/**
 * The same for variables: a string anywhere in them holding NUL or a lone surrogate, or too long, is refused with
 * BAD_USER_INPUT naming the variable, where inside it, and the argument it is passed to, before anything runs.
 */
export const storableVariablesPlugin: ApolloServerPlugin = {
  // No I/O: the hooks resolve at once, and a refusal rejects the hook's promise.
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ request, operation }) =>
        Promise.resolve().then(() => {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const found = findUnstorable(value, name);
            if (!found) continue;
            const argument = argumentsOf(operation).get(name);
            throw refusal(
              `The variable $${found.path}${argument ? ` (argument ${argument})` : ''} contains ${found.problem}`,
              { variable: name, path: found.path, ...(argument ? { argument } : {}) },
            );
          }
        }),
    }),
};
