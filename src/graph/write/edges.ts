import { cypher, type Query } from '../query.js';
import type { AssignsRow, CitationRow, CitationType, EdgeProps, EdgeRow, IssuedByRow, SentToRow, SignedByRow } from './rows.js';

/**
 * Edge writers. Both ends already exist (nodes are written first in the same transaction). The
 * MERGE pattern holds an edge's identity, so writing the same document again adds nothing.
 * Offsets arrive as JS numbers, which the driver sends as floats: `span` is stored as integers.
 */

/**
 * One ISSUED_BY per directive. A directive's own header wins over what a citation says of it.
 * Between citations, the statement of the smallest citing key wins, whichever batch or process
 * writes first: within a batch the rows come sorted by `statedIn`, and across batches and shards
 * the same rule keeps the graph one ingest would give.
 */
export function mergeIssuedBy(rows: IssuedByRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      MATCH (o:Organization {key: row.to})
      WITH d, o, row, row.props AS p
      WITH d, o, row, p {.*, span: [x IN p.span | toInteger(x)]} AS props
      MERGE (d)-[r:ISSUED_BY]->(o)
      ON CREATE SET r += props
      ON MATCH SET r += CASE
        WHEN props.statedIn = row.from OR (r.statedIn <> row.from AND props.statedIn < r.statedIn) THEN props
        ELSE {} END
    `,
    params: { rows },
  };
}

/**
 * The ISSUED_BY rows whose directive no node of the graph had before this batch (WriteBatch.created),
 * folded to the one edge per (directive, organisation) that mergeIssuedBy's rows would leave, in the
 * same order and by the same rule: the first row's properties, then a row stated by the directive
 * itself, or stated by a smaller key while the edge's is not the directive's own, laid over them.
 * The rest are merged. The rows must come sorted as planBatch sorts them.
 */
export function splitIssuedBy(rows: readonly IssuedByRow[], created: ReadonlySet<string>): { created: IssuedByRow[]; merged: IssuedByRow[] } {
  const byEdge = new Map<string, IssuedByRow>();
  const merged: IssuedByRow[] = [];
  for (const row of rows) {
    if (!created.has(row.from)) {
      merged.push(row);
      continue;
    }
    const k = `${row.from}\u0000${row.to}`;
    const prev = byEdge.get(k);
    if (!prev) byEdge.set(k, row);
    else {
      const cur = prev.props.statedIn;
      const s = row.props.statedIn;
      if (s === row.from || (cur !== row.from && s < cur)) byEdge.set(k, { ...prev, props: { ...prev.props, ...row.props } });
    }
  }
  return { created: [...byEdge.values()], merged };
}

/** ISSUED_BY of directives new to the graph (splitIssuedBy): created, without MERGE's look for an existing edge. */
export function createIssuedBy(rows: IssuedByRow[]): Query {
  return { cypher: CREATE_ISSUED_BY_CYPHER, params: { groups: byStart(rows) } };
}

/** One end of an edge a writer merges: its label and the variable its text uses. */
export interface EdgeEnd { label: 'Directive' | 'Organization' | 'Person'; variable: string }

/** Text offsets arrive as floats (JS numbers): stored as integers. */
const SPAN = 'r.span = [x IN row.props.span | toInteger(x)]';

/**
 * An edge between two existing nodes from rows `{ from, to, props }`, merged on `identity` when two
 * nodes may have several edges of that type. `typed` sets the properties whose Neo4j type differs from
 * what the driver sends (a span's integers, a date). Types and labels cannot be parameters: each
 * writer's text is fixed once, here or in the module that owns the edge (succession.ts).
 */
export function edgeCypher(type: string, from: EdgeEnd, to: EdgeEnd, identity: string | null, typed: string): string {
  return edgeText(from, to, `MERGE (${from.variable})-[r:${type}${identity ? ` {${identity}: row.props.${identity}}` : ''}]->(${to.variable})`, typed);
}

/**
 * The same edge, created: for edges of documents the graph holds no statement of (WriteBatch.fresh).
 * Its rows come grouped by start node (`byStart`), which is sought once per group, not once per
 * edge: a document's tasks and recipients are about ten edges from one directive.
 */
export function createEdgeCypher(type: string, from: EdgeEnd, to: EdgeEnd, typed: string): string {
  return [
    'UNWIND $groups AS g',
    `MATCH (${from.variable}:${from.label} {key: g.from})`,
    'UNWIND g.rows AS row',
    `MATCH (${to.variable}:${to.label} {key: row.to})`,
    `CREATE (${from.variable})-[r:${type}]->(${to.variable})`,
    `SET r += row.props, ${typed}`,
  ].join('\n');
}

/** Edge rows grouped by their start node, groups and rows in the order first met (createEdgeCypher's `$groups`). */
export function byStart<P extends EdgeProps>(rows: readonly EdgeRow<P>[]): { from: string; rows: { to: string; props: P }[] }[] {
  const groups = new Map<string, { from: string; rows: { to: string; props: P }[] }>();
  for (const r of rows) {
    let g = groups.get(r.from);
    if (!g) groups.set(r.from, g = { from: r.from, rows: [] });
    g.rows.push({ to: r.to, props: r.props });
  }
  return [...groups.values()];
}

function edgeText(from: EdgeEnd, to: EdgeEnd, write: string, typed: string): string {
  return [
    'UNWIND $rows AS row',
    `MATCH (${from.variable}:${from.label} {key: row.from})`,
    `MATCH (${to.variable}:${to.label} {key: row.to})`,
    write,
    `SET r += row.props, ${typed}`,
  ].join('\n');
}

const CITING = { label: 'Directive', variable: 'a' } as const;
const CITED = { label: 'Directive', variable: 'b' } as const;
const CITATION_TYPED = `${SPAN}, r.mentions = toInteger(row.props.mentions)`;

// statedIn is part of a citation's identity: 500-CV/QU -> 177-CV/TU stated in 308-TB/QU and the same
// link stated by 500-CV/QU itself are two statements, each withdrawn with its own document.
const CITATION_CYPHER: Record<CitationType, string> = {
  IMPLEMENTS: edgeCypher('IMPLEMENTS', CITING, CITED, 'statedIn', CITATION_TYPED),
  BASED_ON: edgeCypher('BASED_ON', CITING, CITED, 'statedIn', CITATION_TYPED),
  CITES: edgeCypher('CITES', CITING, CITED, 'statedIn', CITATION_TYPED),
};

export function mergeCitations(type: CitationType, rows: CitationRow[]): Query {
  return { cypher: CITATION_CYPHER[type], params: { rows } };
}

const CREATE_CITATION_CYPHER: Record<CitationType, string> = {
  IMPLEMENTS: createEdgeCypher('IMPLEMENTS', CITING, CITED, CITATION_TYPED),
  BASED_ON: createEdgeCypher('BASED_ON', CITING, CITED, CITATION_TYPED),
  CITES: createEdgeCypher('CITES', CITING, CITED, CITATION_TYPED),
};

/**
 * Citations stated by documents the graph holds no statement of (WriteBatch.fresh): none of these
 * edges can exist, so they are created without MERGE's look for an existing one. The rows must be
 * unique by identity (uniqueEdges).
 */
export function createCitations(type: CitationType, rows: CitationRow[]): Query {
  return { cypher: CREATE_CITATION_CYPHER[type], params: { groups: byStart(rows) } };
}

/**
 * Rows of edges to create, one per identity (`key`), in the order first met: a later row's
 * properties are laid over an earlier one's, as MERGE then `SET r += row.props` would leave them.
 */
export function uniqueEdges<R extends { props: object }>(rows: readonly R[], key: (r: R) => string): R[] {
  const byKey = new Map<string, R>();
  for (const r of rows) {
    const k = key(r);
    const prev = byKey.get(k);
    byKey.set(k, prev ? { ...r, props: { ...prev.props, ...r.props } } : r);
  }
  return [...byKey.values()];
}

const DIRECTIVE = { label: 'Directive', variable: 'd' } as const;
const UNIT = { label: 'Organization', variable: 'u' } as const;
const ASSIGNS_CYPHER = edgeCypher('ASSIGNS', DIRECTIVE, UNIT, 'taskId', SPAN);
const SENT_TO_CYPHER = edgeCypher('SENT_TO', DIRECTIVE, UNIT, 'list', SPAN);
const SIGNED_BY_CYPHER = edgeCypher('SIGNED_BY', DIRECTIVE, { label: 'Person', variable: 'p' }, null, SPAN);

const CREATE_ISSUED_BY_CYPHER = createEdgeCypher('ISSUED_BY', DIRECTIVE, { label: 'Organization', variable: 'o' }, SPAN);
const CREATE_ASSIGNS_CYPHER = createEdgeCypher('ASSIGNS', DIRECTIVE, UNIT, SPAN);
const CREATE_SENT_TO_CYPHER = createEdgeCypher('SENT_TO', DIRECTIVE, UNIT, SPAN);
const CREATE_SIGNED_BY_CYPHER = createEdgeCypher('SIGNED_BY', DIRECTIVE, { label: 'Person', variable: 'p' }, SPAN);

/** ASSIGNS, SENT_TO and SIGNED_BY of documents the graph holds no statement of; rows unique by identity. */
export function createAssigns(rows: AssignsRow[]): Query {
  return { cypher: CREATE_ASSIGNS_CYPHER, params: { groups: byStart(rows) } };
}

export function createSentTo(rows: SentToRow[]): Query {
  return { cypher: CREATE_SENT_TO_CYPHER, params: { groups: byStart(rows) } };
}

export function createSignedBy(rows: SignedByRow[]): Query {
  return { cypher: CREATE_SIGNED_BY_CYPHER, params: { groups: byStart(rows) } };
}

/** One ASSIGNS per unit of a task: taskId (`<directive key>#t3`) is the identity. */
export function mergeAssigns(rows: AssignsRow[]): Query {
  return { cypher: ASSIGNS_CYPHER, params: { rows } };
}

/** One SENT_TO per list (Kính gửi, Nơi nhận) a unit is on. */
export function mergeSentTo(rows: SentToRow[]): Query {
  return { cypher: SENT_TO_CYPHER, params: { rows } };
}

export function mergeSignedBy(rows: SignedByRow[]): Query {
  return { cypher: SIGNED_BY_CYPHER, params: { rows } };
}

/** A unit written now finds its parent, if the parent is in the graph. */
export function linkParents(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (c:Organization {key: k})
      WHERE c.parentKey IS NOT NULL AND c.parentKey <> k
      MATCH (p:Organization {key: c.parentKey})
      MERGE (c)-[r:PART_OF]->(p)
      ON CREATE SET r.resolvedBy = c.parentRule
    `,
    params: { keys },
  };
}

/** A parent written now adopts the units already waiting for it (those not linked yet). */
export function linkChildren(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (p:Organization {key: k})
      MATCH (c:Organization {parentKey: k})
      WHERE NOT EXISTS { MATCH (c)-[:PART_OF]->(p) }
      MERGE (c)-[r:PART_OF]->(p)
      ON CREATE SET r.resolvedBy = c.parentRule
    `,
    params: { keys },
  };
}
