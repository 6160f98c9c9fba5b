import { cypher, type Query } from '../query.js';
import type { AssignsRow, CitationRow, CitationType, IssuedByRow, SentToRow, SignedByRow } from './rows.js';

/**
 * Edge writers. Both ends already exist (nodes are written first in the same transaction). The
 * MERGE pattern holds an edge's identity, so writing the same document again adds nothing.
 * Offsets arrive as JS numbers, which the driver sends as floats: `span` is stored as integers.
 */

/**
 * One ISSUED_BY per directive. A directive's own header wins over what a citation says of it; a
 * citation only creates the edge when the directive has none yet.
 */
export function mergeIssuedBy(rows: IssuedByRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      MATCH (o:Organization {key: row.to})
      MERGE (d)-[r:ISSUED_BY]->(o)
      ON CREATE SET r += row.props, r.span = [x IN row.props.span | toInteger(x)]
      ON MATCH SET r += CASE WHEN row.props.statedIn = row.from THEN row.props ELSE {} END,
        r.span = CASE WHEN row.props.statedIn = row.from THEN [x IN row.props.span | toInteger(x)] ELSE r.span END
    `,
    params: { rows },
  };
}

// Relationship types cannot be parameters; each type has its own fixed text.
const CITATION_CYPHER: Record<CitationType, string> = {
  IMPLEMENTS: citationCypher('IMPLEMENTS'),
  BASED_ON: citationCypher('BASED_ON'),
  CITES: citationCypher('CITES'),
};

function citationCypher(type: CitationType): string {
  return [
    'UNWIND $rows AS row',
    'MATCH (a:Directive {key: row.from})',
    'MATCH (b:Directive {key: row.to})',
    // statedIn is part of the identity: 500-CV/QU -> 177-CV/TU stated in 308-TB/QU and the same link
    // stated by 500-CV/QU itself are two statements, each withdrawn with its own document.
    `MERGE (a)-[r:${type} {statedIn: row.props.statedIn}]->(b)`,
    'SET r += row.props, r.span = [x IN row.props.span | toInteger(x)], r.mentions = toInteger(row.props.mentions)',
  ].join('\n');
}

export function mergeCitations(type: CitationType, rows: CitationRow[]): Query {
  return { cypher: CITATION_CYPHER[type], params: { rows } };
}

/** One ASSIGNS per unit of a task: taskId (`<directive key>#t3`) is the identity. */
export function mergeAssigns(rows: AssignsRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      MATCH (u:Organization {key: row.to})
      MERGE (d)-[r:ASSIGNS {taskId: row.props.taskId}]->(u)
      SET r += row.props, r.span = [x IN row.props.span | toInteger(x)]
    `,
    params: { rows },
  };
}

export function mergeSentTo(rows: SentToRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      MATCH (u:Organization {key: row.to})
      MERGE (d)-[r:SENT_TO {list: row.props.list}]->(u)
      SET r += row.props, r.span = [x IN row.props.span | toInteger(x)]
    `,
    params: { rows },
  };
}

export function mergeSignedBy(rows: SignedByRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      MATCH (p:Person {key: row.to})
      MERGE (d)-[r:SIGNED_BY]->(p)
      SET r += row.props, r.span = [x IN row.props.span | toInteger(x)]
    `,
    params: { rows },
  };
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
