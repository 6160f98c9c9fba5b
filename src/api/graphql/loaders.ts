import { QueryError } from '../../errors.js';
import { batch } from '../../graph/read/batch.js';
import { READ_LIMITS } from '../../graph/read/limits.js';
import type { DirectiveRow, OrganizationRow, RelationType } from '../../graph/read/types.js';
import type { GraphContext } from './context.js';

/**
 * mercurius loaders: each nested list field is one batched query per level of the response, for
 * all the parents of that level together (no N+1). Parents are the rows the graph layer returned.
 */
interface LoaderQuery<P> {
  obj: P;
  params: { first?: number | null };
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

function citations(side: 'out' | 'in', types: RelationType[]) {
  return async (queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) => {
    const map = await batch.citations(ctx.runner, keysOf(queries), side, types, READ_LIMITS.nestedCap);
    return queries.map((q) => map.get(q.obj.key) ?? []);
  };
}

export const loaders = {
  Directive: {
    implements: citations('out', ['IMPLEMENTS']),
    basedOn: citations('out', ['BASED_ON']),
    cites: citations('out', ['CITES']),
    implementedBy: citations('in', ['IMPLEMENTS']),
    citedBy: citations('in', ['BASED_ON', 'CITES']),
    async assignments(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.assignments(ctx.runner, keysOf(queries), READ_LIMITS.nestedCap);
      return queries.map((q) => map.get(q.obj.key) ?? []);
    },
    async recipients(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.recipients(ctx.runner, keysOf(queries), READ_LIMITS.nestedCap);
      return queries.map((q) => map.get(q.obj.key) ?? []);
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
    async signer(queries: LoaderQuery<DirectiveRow>[], ctx: GraphContext) {
      const map = await batch.signers(ctx.runner, keysOf(queries));
      return queries.map((q) => map.get(q.obj.key) ?? null);
    },
  },
  Organization: {
    async partOf(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.partOf(ctx.runner, keysOf(queries));
      return queries.map((q) => map.get(q.obj.key) ?? []);
    },
    async issued(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.issued(ctx.runner, keysOf(queries), capOf(queries));
      return queries.map((q) => (map.get(q.obj.key) ?? []).slice(0, firstOf(q)));
    },
    async assignedTasks(queries: LoaderQuery<OrganizationRow>[], ctx: GraphContext) {
      const map = await batch.assignedTasks(ctx.runner, keysOf(queries), capOf(queries));
      return queries.map((q) => (map.get(q.obj.key) ?? []).slice(0, firstOf(q)));
    },
  },
};
