import { Global, Injectable, Module } from '@nestjs/common';
import {
  FieldNode,
  getArgumentValues,
  GraphQLField,
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
  /**
   * The registered fields a list's selection asks for, with their definitions, per field node of the list (parsed
   * documents are kept): the selection is walked once per document, not once per request.
   */
  private readonly wanted = new WeakMap<FieldNode, Wanted[]>();

  /** `typeName.fieldName` can be loaded ahead, for a list of `Item`s. One load per field. */
  register<Item>(typeName: string, fieldName: string, load: LookAheadLoad<Item>): void {
    const key = `${typeName}.${fieldName}`;
    if (this.loads.has(key)) throw new Error(`look-ahead: ${key} is registered twice`);
    this.loads.set(key, load);
  }

  /**
   * Starts the registered loads of the fields that `info`'s selection asks for on the items (of type `typeName`).
   * `items` is called only when some load starts: a list whose query selects none of those fields builds nothing.
   */
  start<Item>(info: GraphQLResolveInfo, typeName: string, items: () => readonly Item[], ctx: GqlContext): void {
    if (this.loads.size === 0) return;
    let keys: readonly Item[] | undefined;
    for (const list of info.fieldNodes) {
      for (const { field, definition, load } of this.wantedUnder(list, info, typeName)) {
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(definition, field, info.variableValues);
        } catch {
          continue; // the field's resolver reports it
        }
        keys ??= items();
        if (keys.length > 0) load(keys as readonly never[], args, ctx);
      }
    }
  }

  private wantedUnder(list: FieldNode, info: GraphQLResolveInfo, typeName: string): Wanted[] {
    let wanted = this.wanted.get(list);
    if (!wanted) {
      wanted = [];
      const type = info.schema.getType(typeName);
      if (isObjectType(type)) {
        for (const field of selectedFields(list.selectionSet, info.fragments)) {
          const load = this.loads.get(`${typeName}.${field.name.value}`);
          const definition = type.getFields()[field.name.value];
          if (load && definition) wanted.push({ field, definition, load });
        }
      }
      this.wanted.set(list, wanted);
    }
    return wanted;
  }
}

/** A registered field that a list's selection asks for. */
interface Wanted {
  field: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  load: LookAheadLoad<never>;
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
