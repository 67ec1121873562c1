import { Global, Injectable, Module } from '@nestjs/common';
import {
  FieldNode,
  getArgumentValues,
  GraphQLResolveInfo,
  isObjectType,
  Kind,
  SelectionSetNode,
  type FragmentDefinitionNode,
} from 'graphql';
import type { GqlContext } from './context';

/** Starts loading a field's data for the items of a list (its loader's batch), with the field's arguments. */
export type LookAheadLoad<Item> = (items: readonly Item[], args: Record<string, unknown>, ctx: GqlContext) => void;

/**
 * Loads that start with a list rather than after it. A list resolver whose items are known before its own rows are
 * read (a commitment's actions are the pact catalogue's) hands them to `start` with its resolve info: each field of
 * the items' type that some module registered, and that the query selects under the list, starts its loader's batch
 * then, in the same tick as the list's own statement, instead of once the list has resolved. The collectivity page's
 * evidence (one page per action) is read beside the actions' progress, one database round trip less (issue 12).
 *
 * The field's resolver still runs as before and asks the same loader for the same keys: it gets the rows already on
 * their way, or reports whatever is wrong. A load only starts what the resolver would ask; arguments the schema
 * refuses start nothing.
 */
@Injectable()
export class LookAhead {
  private readonly loads = new Map<string, LookAheadLoad<never>>();
  /** The registered fields a list's selection asks for, per field node of the list (parsed documents are kept). */
  private readonly wanted = new WeakMap<FieldNode, { field: FieldNode; load: LookAheadLoad<never> }[]>();

  /** `typeName.fieldName` can be loaded ahead, for a list of `Item`s. One load per field. */
  register<Item>(typeName: string, fieldName: string, load: LookAheadLoad<Item>): void {
    const key = `${typeName}.${fieldName}`;
    if (this.loads.has(key)) throw new Error(`look-ahead: ${key} is registered twice`);
    this.loads.set(key, load);
  }

  /** Starts the registered loads of the fields that `info`'s selection asks for on `items` (of type `typeName`). */
  start<Item>(info: GraphQLResolveInfo, typeName: string, items: readonly Item[], ctx: GqlContext): void {
    if (this.loads.size === 0 || items.length === 0) return;
    const type = info.schema.getType(typeName);
    if (!isObjectType(type)) return;
    for (const list of info.fieldNodes) {
      let wanted = this.wanted.get(list);
      if (!wanted) {
        wanted = [];
        for (const field of selectedFields(list.selectionSet, info.fragments)) {
          const load = this.loads.get(`${typeName}.${field.name.value}`);
          if (load) wanted.push({ field, load });
        }
        this.wanted.set(list, wanted);
      }
      for (const { field, load } of wanted) {
        const definition = type.getFields()[field.name.value];
        if (!definition) continue;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(definition, field, info.variableValues);
        } catch {
          continue; // the field's resolver reports it
        }
        load(items as readonly never[], args, ctx);
      }
    }
  }
}

/** The fields of a selection set, those of its fragments (spread or inline) included. */
function* selectedFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): Generator<FieldNode> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* selectedFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      yield* selectedFields(fragments[selection.name.value]?.selectionSet, fragments, seen);
    }
  }
}

/** One `LookAhead` per application, for every module. */
@Global()
@Module({ providers: [LookAhead], exports: [LookAhead] })
export class LookAheadModule {}
