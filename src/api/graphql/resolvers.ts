import { createHash, timingSafeEqual } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { QueryError } from '../../errors.js';
import { directivesByKeys, findDirective, searchDirectives } from '../../graph/read/directives.js';
import { fetchDataQuality } from '../../graph/read/data-quality.js';
import { fetchCoverage, type CoverageRow } from '../../graph/read/coverage.js';
import { fetchDerivedTasks } from '../../graph/read/derived-tasks.js';
import { requireLineage, type Direction } from '../../graph/read/lineage.js';
import { LEAN_LEAVES_OUT } from '../../graph/read/projections.js';
import { findOrganization, searchOrganizations } from '../../graph/read/organizations.js';
import { fetchPaths } from '../../graph/read/path.js';
import { fetchStats } from '../../graph/read/stats.js';
import { READ_LIMITS } from '../../graph/read/limits.js';
import type {
  AssignedUnitRow, CitationRow, DirectiveRow, EdgeRow, LineageCrossing, OrganizationRow, Page, RecipientRow, RelationType, TaskRow,
} from '../../graph/read/types.js';
import { depth, pageSize } from './args.js';
import type { GraphContext, IngestInput } from './context.js';
import { docTypeIn, familyOut, levelIn, levelOut, listOut, roleOut, roleRank, statusOut } from './enums.js';
import { DateScalar } from './scalars.js';
import { asksForAny } from './selection.js';

/**
 * Root fields call one src/graph/read function each (one Cypher query); type resolvers only
 * reshape the rows those queries returned. Nested lists are loaders (loaders.ts).
 */

/** An edge whose ends are resolved from the nodes the same query returned. */
interface EdgeWithEnds extends EdgeRow {
  fromNode: DirectiveRow;
  toNode: DirectiveRow;
  depth?: number;
}

function withEnds<E extends EdgeRow>(edges: E[], nodes: DirectiveRow[]): (E & EdgeWithEnds)[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return edges.flatMap((e) => {
    const fromNode = byKey.get(e.from);
    const toNode = byKey.get(e.to);
    return fromNode && toNode ? [{ ...e, fromNode, toNode }] : [];
  });
}

/** A crossing with its two directives (both are nodes of the lineage). */
function crossingsWithEnds(crossings: LineageCrossing[], nodes: DirectiveRow[]) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return crossings.flatMap((c) => {
    const from = byKey.get(c.from);
    const to = byKey.get(c.to);
    return from && to ? [{ ...c, from, to }] : [];
  });
}

function connection<T>(page: Page<T>) {
  return {
    totalCount: page.totalCount,
    edges: page.items,
    nodes: page.items.map((i) => i.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Does the given token equal the expected one, in time that depends on neither? Both are hashed
 * first: timingSafeEqual needs equal lengths, and comparing lengths directly would tell a prober
 * the token's length.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Bearer token check in constant time; ingest is off when the server has no token. */
function authorize(ctx: GraphContext): void {
  if (!ctx.apiToken) {
    throw new QueryError('DG_UNAUTHENTICATED', 'mutation ingest is disabled on this server: it has no API_TOKEN configured', {
      details: { disabled: true },
    });
  }
  const m = /^Bearer\s+(.+)$/i.exec(ctx.authorization ?? '');
  if (!m || !tokenMatches(m[1]!.trim(), ctx.apiToken)) {
    throw new QueryError('DG_UNAUTHENTICATED', 'mutation ingest needs the header "Authorization: Bearer <API_TOKEN>"' + (m ? ': the token is wrong' : ''));
  }
}

export const resolvers = {
  Date: DateScalar,

  Query: {
    directive: (_: unknown, args: { key?: string | null; number?: string | null; issuer?: string | null }, ctx: GraphContext) =>
      findDirective(ctx.runner, args),

    async directives(_: unknown, args: {
      search?: string | null; docType?: string | null; level?: string | null; issuer?: string | null;
      issuedFrom?: string | null; issuedTo?: string | null; first?: number | null; after?: string | null;
    }, ctx: GraphContext, info: GraphQLResolveInfo) {
      const page = await searchDirectives(ctx.runner, {
        search: args.search, docType: docTypeIn(args.docType), level: levelIn(args.level), issuer: args.issuer,
        issuedFrom: args.issuedFrom, issuedTo: args.issuedTo, first: pageSize(args.first, ctx.limits, READ_LIMITS.defaultFirst), after: args.after,
        lean: !asksForAny(info, LEAN_LEAVES_OUT),
      });
      return connection(page);
    },

    organization: (_: unknown, args: { key: string }, ctx: GraphContext) => findOrganization(ctx.runner, args.key),

    async organizations(_: unknown, args: { search?: string | null; level?: string | null; at?: string | null; first?: number | null; after?: string | null }, ctx: GraphContext) {
      const page = await searchOrganizations(ctx.runner, {
        search: args.search, level: levelIn(args.level), at: args.at, first: pageSize(args.first, ctx.limits, READ_LIMITS.defaultFirst), after: args.after,
      });
      return connection(page);
    },

    async lineage(_: unknown, args: {
      key: string; direction: Direction; maxDepth: number; relations: RelationType[]; followSuccession?: boolean | null;
    }, ctx: GraphContext, info: GraphQLResolveInfo) {
      const result = await requireLineage(ctx.runner, {
        key: args.key, direction: args.direction, maxDepth: depth(args.maxDepth, ctx.limits), relations: args.relations,
        followSuccession: args.followSuccession,
        // A request that shows none of the fields a lean directive leaves out gets lean ones.
        lean: !asksForAny(info, LEAN_LEAVES_OUT),
      });
      const nodes = result.nodes.map((n) => n.directive);
      return {
        root: result.root,
        direction: args.direction,
        maxDepth: args.maxDepth,
        nodes,
        depths: result.nodes.map((n) => ({ directive: n.directive, depth: n.depth, direction: n.side, succession: n.succession ?? null })),
        edges: withEnds(result.edges, nodes),
        context: withEnds(result.context, [...nodes, ...result.contextNodes]),
        crossings: crossingsWithEnds(result.crossings, nodes),
        truncated: result.truncated,
      };
    },

    async derivedTasks(_: unknown, args: {
      order: string; level?: string | null; maxDepth: number; relations: RelationType[]; first?: number | null; after?: string | null;
      followSuccession?: boolean | null;
    }, ctx: GraphContext, info: GraphQLResolveInfo) {
      const page = await fetchDerivedTasks(ctx.runner, {
        order: args.order, level: levelIn(args.level), maxDepth: depth(args.maxDepth, ctx.limits), relations: args.relations,
        first: pageSize(args.first, ctx.limits, READ_LIMITS.defaultFirst), after: args.after, followSuccession: args.followSuccession,
        // What the request shows none of is not read (derived-tasks.ts DerivedTasksOmit).
        omit: { mandate: !asksForAny(info, ['mandate']), links: !asksForAny(info, ['links']), lean: !asksForAny(info, LEAN_LEAVES_OUT) },
      });
      const items = page.items.map(({ cursor, node }) => ({
        cursor,
        node: {
          task: node.task,
          directive: node.task.directive,
          depth: node.depth,
          chain: node.chain,
          links: withEnds(node.links, node.chain).map((e, i) => ({ ...e, depth: i + 1 })),
          mandate: node.mandate,
          succession: node.succession ?? null,
        },
      }));
      return { ...connection({ ...page, items }), truncated: page.truncated };
    },

    coverage: (_: unknown, args: { order: string; maxDepth: number; relations: RelationType[] }, ctx: GraphContext) =>
      fetchCoverage(ctx.runner, { order: args.order, maxDepth: depth(args.maxDepth, ctx.limits), relations: args.relations }),

    async path(_: unknown, args: { from: string; to: string; relations: RelationType[] }, ctx: GraphContext) {
      const paths = await fetchPaths(ctx.runner, args);
      return paths.map((p) => ({ directives: p.directives, edges: withEnds(p.edges, p.directives).map((e, i) => ({ ...e, depth: i + 1 })), length: p.edges.length }));
    },

    stats: (_: unknown, __: unknown, ctx: GraphContext) => fetchStats(ctx.runner),

    dataQuality: (_: unknown, args: { first?: number | null }, ctx: GraphContext) =>
      fetchDataQuality(ctx.runner, pageSize(args.first, { ...ctx.limits, maxFirst: READ_LIMITS.maxFindings }, 100)),
  },

  Mutation: {
    async ingest(_: unknown, args: { documents: { text: string; name?: string | null }[] }, ctx: GraphContext) {
      authorize(ctx);
      if (!ctx.ingest) throw new QueryError('DG_NOT_IMPLEMENTED', 'ingest is not available in this build');
      if (args.documents.length === 0) throw new QueryError('DG_BAD_INPUT', 'documents is empty', { details: { argument: 'documents' } });
      if (args.documents.length > ctx.limits.ingestMaxDocuments) {
        throw new QueryError('DG_LIMIT_EXCEEDED', `${args.documents.length} documents is over the limit of ${ctx.limits.ingestMaxDocuments} per request (ingestMaxDocuments)`, {
          details: { limit: 'ingestMaxDocuments', max: ctx.limits.ingestMaxDocuments, got: args.documents.length },
        });
      }
      const tooLong = args.documents.findIndex((d) => d.text.length > ctx.limits.ingestMaxChars);
      if (tooLong >= 0) {
        throw new QueryError('DG_LIMIT_EXCEEDED', `documents[${tooLong}] has ${args.documents[tooLong]!.text.length} characters, over the limit of ${ctx.limits.ingestMaxChars} (ingestMaxChars)`, {
          details: { limit: 'ingestMaxChars', max: ctx.limits.ingestMaxChars },
        });
      }
      const inputs: IngestInput[] = args.documents.map((d) => ({ text: d.text, name: d.name ?? null }));
      const outcomes = await ctx.ingest(inputs);
      const keys = outcomes.map((o) => o.key).filter((k): k is string => k !== null);
      // One read for the written directives, not one per document.
      const written = keys.length > 0 ? await directivesByKeys(ctx.runner, keys) : new Map<string, DirectiveRow>();
      return {
        written: outcomes.filter((o) => o.error === null).length,
        failed: outcomes.filter((o) => o.error !== null).length,
        documents: outcomes.map((o) => ({ ...o, directive: o.key ? written.get(o.key) ?? null : null })),
      };
    },
  },

  Directive: {
    level: (d: DirectiveRow) => levelOut(d.level),
    status: (d: DirectiveRow) => statusOut(d.status),
    family: (d: DirectiveRow) => familyOut(d.family),
    source: (d: DirectiveRow) => (d.sourcePath || d.sourceSha256
      ? { path: d.sourcePath, sha256: d.sourceSha256, encoding: d.encoding, ingestedAt: d.ingestedAt }
      : null),
  },

  Organization: {
    level: (o: OrganizationRow) => levelOut(o.level),
    collective: (o: OrganizationRow) => Boolean(o.collective),
    isIssuer: (o: OrganizationRow) => Boolean(o.isIssuer),
    isUnit: (o: OrganizationRow) => Boolean(o.isUnit),
  },

  Citation: {
    directive: (c: CitationRow) => c.other,
  },

  Recipient: {
    list: (r: RecipientRow) => listOut(r.list),
  },

  Task: {
    units: (t: TaskRow) => [...t.units].sort((a, b) => roleRank(a.role) - roleRank(b.role) || (a.unit.name ?? a.unit.key).localeCompare(b.unit.name ?? b.unit.key))
      // The directing unit is a unit of the same task: answered from it, without another read.
      .map((u) => ({ ...u, directedByUnit: u.directedBy ? t.units.find((x) => x.unit.key === u.directedBy)?.unit ?? null : null })),
  },

  Coverage: {
    units: (c: { rows: CoverageRow[] }) => c.rows,
  },

  CoverageUnit: {
    kind: (r: CoverageRow) => r.kind.toUpperCase(),
    name: (r: CoverageRow) => r.place?.name ?? r.unit?.name ?? r.unit?.key ?? '',
    organization: (r: CoverageRow) => r.unit,
    wardCode: (r: CoverageRow) => r.place?.code ?? null,
    answeredVia: (r: CoverageRow) => r.answeredVia.map((v) => ({ ...v.successor, answers: v.answers })),
  },

  CoverageTask: {
    role: (t: { role: string | null }) => roleOut(t.role),
  },

  AssignedUnit: {
    role: (u: AssignedUnitRow) => roleOut(u.role),
    directedBy: (u: AssignedUnitRow & { directedByUnit?: OrganizationRow | null }) => u.directedByUnit ?? null,
  },

  OrganizationFinding: {
    level: (o: { level: string | null }) => levelOut(o.level),
  },

  LineageEdge: {
    from: (e: EdgeWithEnds) => e.fromNode,
    to: (e: EdgeWithEnds) => e.toNode,
    depth: (e: EdgeWithEnds) => e.depth ?? 1,
  },
};
