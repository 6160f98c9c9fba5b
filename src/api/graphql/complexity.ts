import type {
  DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLSchema, GraphQLType, SelectionSetNode, ValueNode,
} from 'graphql';
import { graphql } from './graphql-cjs.js';
import { QueryError } from '../../errors.js';
import { READ_LIMITS } from '../../graph/read/limits.js';

/**
 * Estimated cost of an operation: every field resolved costs 1, and a list multiplies the cost of
 * what is selected under it by how long it can be: `first` where the field takes one (or its
 * default), a connection's `edges`/`nodes` by the connection's `first`, any other list by
 * LIST_ESTIMATE. Nested lists therefore cost their product, which is what a depth limit alone
 * misses (`implementedBy { directive { implementedBy { ... } } }` five levels down).
 */
export const LIST_ESTIMATE = 10;

const { getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, Kind } = graphql;

function intArg(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const value = variables[v.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function isList(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  function selectionCost(set: SelectionSetNode, typeName: string, pageSize: number, seen: Set<string>): number {
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return 0;
    const fields = type.getFields();
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) {
          cost += selectionCost(frag.selectionSet, frag.typeCondition.name.value, pageSize, new Set([...seen, frag.name.value]));
        }
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionCost(sel.selectionSet, sel.typeCondition?.name.value ?? typeName, pageSize, seen);
        continue;
      }
      const def: GraphQLField<unknown, unknown> | undefined = fields[sel.name.value];
      if (!def) continue;
      cost += 1;
      if (!sel.selectionSet) continue;
      const first = intArg(sel, 'first', variables);
      const ownPage = first ?? (def.args.some((a) => a.name === 'first') ? READ_LIMITS.defaultFirst : undefined);
      const childType = getNamedType(def.type).name;
      let multiplier = 1;
      if (isList(def.type)) {
        multiplier = ownPage ?? (sel.name.value === 'edges' || sel.name.value === 'nodes' ? pageSize : LIST_ESTIMATE);
      }
      const childPage = ownPage ?? LIST_ESTIMATE;
      cost += Math.max(1, multiplier) * selectionCost(sel.selectionSet, childType, childPage, seen);
    }
    return cost;
  }

  let total = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && def.name?.value !== operationName) continue;
    const root = def.operation === 'mutation' ? schema.getMutationType() : def.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    if (root) total += selectionCost(def.selectionSet, root.name, LIST_ESTIMATE, new Set());
  }
  return total;
}

/** Throws LIMIT_EXCEEDED naming the complexity limit. */
export function checkComplexity(cost: number, max: number): void {
  if (cost > max) {
    throw new QueryError('DG_LIMIT_EXCEEDED', `query complexity ${cost} is over the limit of ${max} (complexity): ask for fewer nested lists or smaller pages`, {
      details: { limit: 'complexity', max, got: cost },
    });
  }
}

/**
 * How many selections of an operation run a Neo4j query of their own: every root field and every
 * field in `ioFields` ("Type.field", the loaders), each alias counted. The cost estimate above
 * prices what a query returns; this prices how many queries it starts, which is what 1,000
 * aliases of `directives(first: 100) { totalCount }` abuse (cheap to return, one query each).
 */
export function queryFieldCount(schema: GraphQLSchema, document: DocumentNode, ioFields: ReadonlySet<string>, operationName?: string): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  function count(set: SelectionSetNode, typeName: string, root: boolean, seen: Set<string>): number {
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return 0;
    const fields = type.getFields();
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) n += count(frag.selectionSet, frag.typeCondition.name.value, root, new Set([...seen, frag.name.value]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        n += count(sel.selectionSet, sel.typeCondition?.name.value ?? typeName, root, seen);
        continue;
      }
      const def = fields[sel.name.value];
      if (!def) continue;
      if ((root && sel.name.value !== '__typename') || ioFields.has(`${typeName}.${sel.name.value}`)) n += 1;
      if (sel.selectionSet) n += count(sel.selectionSet, getNamedType(def.type).name, false, seen);
    }
    return n;
  }

  let total = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && def.name?.value !== operationName) continue;
    const root = def.operation === 'mutation' ? schema.getMutationType() : def.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    if (root) total += count(def.selectionSet, root.name, true, new Set());
  }
  return total;
}

/** Throws LIMIT_EXCEEDED naming the queryFields limit. */
export function checkQueryFields(n: number, max: number): void {
  if (n > max) {
    throw new QueryError('DG_LIMIT_EXCEEDED', `the operation runs ${n} database queries (root fields and nested lists, each alias counted), over the limit of ${max} (queryFields)`, {
      details: { limit: 'queryFields', max, got: n },
    });
  }
}
