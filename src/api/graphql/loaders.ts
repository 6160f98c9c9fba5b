import { QueryError } from '../../errors.js';
import { batch, pages, type NestedPage } from '../../graph/read/batch.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../../graph/read/cursor.js';
import { READ_LIMITS } from '../../graph/read/limits.js';
import type { DirectiveRow, OrganizationRow, RelationType } from '../../graph/read/types.js';
import { pageSize } from './args.js';
import type { GraphContext } from './context.js';

/**
 * mercurius loaders: each nested list field is one batched query per level of the response, for
 * all the parents of that level together (no N+1). Parents are the rows the graph layer returned.
 */
interface LoaderQuery<P> {
  obj: P;
  params: { first?: number | null; after?: string | null };
}

const keysOf = (queries: LoaderQuery<{ key: string }>[]) => [...new Set(queries.map((q) => q.obj.key))];

/**
 * The largest `first` asked by any parent of the batch (each parent then gets its own slice);
 * one over the nested cap fails the field with LIMIT_EXCEEDED.
 */
function capOf(queries: LoaderQuery<unknown>[]): number {
  const asked = queries.map((q) => q.params.first ?? READ_LIMITS.nestedDefault);
  for (const first of asked) {
    if (!Number.isInteger(first) || first < 0) {
      throw new QueryError('DG_BAD_INPUT', `first must be a whole number from 0 to ${READ_LIMITS.nestedCap}, got ${first}`, { details: { argument: 'first' } });
    }
    if (first > READ_LIMITS.nestedCap) {
      throw new QueryError('DG_LIMIT_EXCEEDED', `first ${first} is over the limit of ${READ_LIMITS.nestedCap} for a nested list (first)`, {
        details: { limit: 'first', max: READ_LIMITS.nestedCap, got: first },
      });
    }
  }
  return Math.max(1, ...asked);
}

function firstOf(q: LoaderQuery<unknown>): number {
  return q.params.first ?? READ_LIMITS.nestedDefault;
}

/**
 * A plain nested list is never cut: up to `cap` items it is whole; a parent with more gets an
 * error naming the connection field that pages through all of them (the query asked for cap + 1).
 */
function whole<T>(items: T[] | undefined, field: string, cap: number, connectionField?: string): T[] | QueryError {
  const list = items ?? [];
  if (list.length <= cap) return list;
  const way = connectionField ? `; page through all of them with ${connectionField}(first, after), whose totalCount counts them` : '';
  return new QueryError('DG_LIMIT_EXCEEDED', `${field} has more than ${cap} items, the most a plain list returns${way}`, {
    details: { limit: field, max: cap, connection: connectionField ?? null },
  });
}

function citations(side: 'out' | 'in', types: RelationType[], field: string) {
  return async (queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) => {
    const map = await batch.citations(ctx.runner, keysOf(queries), side, types, READ_LIMITS.nestedCap);
    return queries.map((q) => whole(map.get(q.obj.key), field, READ_LIMITS.nestedCap, `${field}Connection`));
  };
}

/** A Relay-style connection over one page of a nested list (offset cursors, see cursor.ts). */
function connectionOf<T>(field: string, page: NestedPage<T> | undefined, skip: number) {
  const total = page?.total ?? 0;
  const items = page?.items ?? [];
  const edges = items.map((node, i) => ({ cursor: encodeOffsetCursor(field, skip + i + 1), node }));
  return {
    totalCount: total,
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: skip + items.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Loader of a `...Connection(first, after)` field: parents asking the same page share one query.
 * A bad `first` or `after` fails only the field that passed it.
 */
function paged<P extends { key: string }, T>(field: string, fetch: (ctx: GraphContext, keys: string[], skip: number, first: number) => Promise<Map<string, NestedPage<T>>>) {
  return async (queries: LoaderQuery<P>[], ctx: GraphContext) => {
    const asked = queries.map((q) => {
      try {
        return { skip: decodeOffsetCursor(field, q.params.after), first: pageSize(q.params.first, ctx.limits, READ_LIMITS.nestedDefault) };
      } catch (err) {
        return err as Error;
      }
    });
    const groups = new Map<string, { skip: number; first: number; keys: Set<string> }>();
    queries.forEach((q, i) => {
      const a = asked[i]!;
      if (a instanceof Error) return;
      const id = `${a.skip}:${a.first}`;
      const g = groups.get(id) ?? { ...a, keys: new Set<string>() };
      g.keys.add(q.obj.key);
      groups.set(id, g);
    });
    const results = new Map<string, Map<string, NestedPage<T>>>();
    for (const [id, g] of groups) results.set(id, await fetch(ctx, [...g.keys], g.skip, g.first));
    return queries.map((q, i) => {
      const a = asked[i]!;
      if (a instanceof Error) return a;
      return connectionOf(field, results.get(`${a.skip}:${a.first}`)?.get(q.obj.key), a.skip);
    });
  };
}

export const loaders = {
  Directive: {
    implements: citations('out', ['IMPLEMENTS'], 'implements'),
    basedOn: citations('out', ['BASED_ON'], 'basedOn'),
    cites: citations('out', ['CITES'], 'cites'),
    implementedBy: citations('in', ['IMPLEMENTS'], 'implementedBy'),
    citedBy: citations('in', ['BASED_ON', 'CITES'], 'citedBy'),
    async assignments(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.assignments(ctx.runner, keysOf(queries), READ_LIMITS.nestedCap);
      return queries.map((q) => whole(map.get(q.obj.key), 'assignments', READ_LIMITS.nestedCap, 'assignmentsConnection'));
    },
    async recipients(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.recipients(ctx.runner, keysOf(queries), READ_LIMITS.nestedCap);
      return queries.map((q) => whole(map.get(q.obj.key), 'recipients', READ_LIMITS.nestedCap, 'recipientsConnection'));
    },
    /** Refused, not cut, past textCap: a client listing many directives asks for their texts one page at a time. */
    async text(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const keys = keysOf(queries);
      if (keys.length > READ_LIMITS.textCap) {
        throw new QueryError('DG_LIMIT_EXCEEDED', `text is served for at most ${READ_LIMITS.textCap} directives per request, this one asks for ${keys.length}`, {
          details: { limit: 'textCap', max: READ_LIMITS.textCap, got: keys.length },
        });
      }
      const map = await batch.texts(ctx.runner, keys);
      return queries.map((q) => map.get(q.obj.key) ?? null);
    },
    implementsConnection: paged<DirectiveRow, unknown>('implementsConnection', (ctx, keys, skip, first) => pages.citations(ctx.runner, keys, 'out', ['IMPLEMENTS'], skip, first)),
    basedOnConnection: paged<DirectiveRow, unknown>('basedOnConnection', (ctx, keys, skip, first) => pages.citations(ctx.runner, keys, 'out', ['BASED_ON'], skip, first)),
    citesConnection: paged<DirectiveRow, unknown>('citesConnection', (ctx, keys, skip, first) => pages.citations(ctx.runner, keys, 'out', ['CITES'], skip, first)),
    implementedByConnection: paged<DirectiveRow, unknown>('implementedByConnection', (ctx, keys, skip, first) => pages.citations(ctx.runner, keys, 'in', ['IMPLEMENTS'], skip, first)),
    citedByConnection: paged<DirectiveRow, unknown>('citedByConnection', (ctx, keys, skip, first) => pages.citations(ctx.runner, keys, 'in', ['BASED_ON', 'CITES'], skip, first)),
    assignmentsConnection: paged<DirectiveRow, unknown>('assignmentsConnection', (ctx, keys, skip, first) => pages.assignments(ctx.runner, keys, skip, first)),
    recipientsConnection: paged<DirectiveRow, unknown>('recipientsConnection', (ctx, keys, skip, first) => pages.recipients(ctx.runner, keys, skip, first)),
    async signer(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.signers(ctx.runner, keysOf(queries));
      return queries.map((q) => map.get(q.obj.key) ?? null);
    },
  },
  Organization: {
    async period(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.periods(ctx.runner, keysOf(queries));
      return queries.map((q) => {
        const p = map.get(q.obj.key);
        return p && (p.validFrom || p.validTo) ? { validFrom: p.validFrom, validTo: p.validTo } : null;
      });
    },
    async predecessors(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.periods(ctx.runner, keysOf(queries));
      return queries.map((q) => whole(map.get(q.obj.key)?.predecessors, 'predecessors', READ_LIMITS.successionCap));
    },
    async successors(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.periods(ctx.runner, keysOf(queries));
      return queries.map((q) => whole(map.get(q.obj.key)?.successors, 'successors', READ_LIMITS.successionCap));
    },
    async partOf(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.partOf(ctx.runner, keysOf(queries));
      return queries.map((q) => whole(map.get(q.obj.key), 'partOf', READ_LIMITS.partOfCap));
    },
    async issued(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.issued(ctx.runner, keysOf(queries), capOf(queries));
      return queries.map((q) => (map.get(q.obj.key) ?? []).slice(0, firstOf(q)));
    },
    issuedConnection: paged<OrganizationRow, unknown>('issuedConnection', (ctx, keys, skip, first) => pages.issued(ctx.runner, keys, skip, first)),
    assignedTasksConnection: paged<OrganizationRow, unknown>('assignedTasksConnection', (ctx, keys, skip, first) => pages.assignedTasks(ctx.runner, keys, skip, first)),
    async assignedTasks(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.assignedTasks(ctx.runner, keysOf(queries), capOf(queries));
      return queries.map((q) => (map.get(q.obj.key) ?? []).slice(0, firstOf(q)));
    },
  },
};
