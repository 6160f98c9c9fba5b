import { cypher, type Query } from '../query.js';

/**
 * Withdrawing what a document stated, so that a changed file leaves no stale edge behind, and
 * removing what only existed because of it. Statements of a document are the edges whose
 * `statedIn` is its key: its own outgoing edges, and the nested ones it states between the
 * documents it cites (500-CV/QU -> 177-CV/TU stated in 308-TB/QU), which hang at most three
 * citation hops below it.
 */

/**
 * Before a citing document's statements go, the ISSUED_BY of a cited-only directive that it stated
 * passes to another document that still cites the same directive (with that citation's evidence),
 * so the directive keeps its issuer.
 */
export function handOverIssuedBy(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (:Directive {key: k})-[:IMPLEMENTS|BASED_ON|CITES*1..3 {statedIn: k}]->(s:Directive)
      WITH DISTINCT k, s
      MATCH (s)-[r:ISSUED_BY {statedIn: k}]->(:Organization)
      CALL (s, r, k) {
        MATCH ()-[c:IMPLEMENTS|BASED_ON|CITES]->(s)
        WHERE c.statedIn <> k
        WITH c ORDER BY c.statedIn LIMIT 1
        SET r.statedIn = c.statedIn, r.evidence = c.evidence, r.span = c.span, r.rule = c.rule,
          r.confidence = c.confidence
      }
    `,
    params: { keys },
  };
}

/** Deletes every edge stated by these documents; returns the nodes they pointed at, to clean up. */
export function retractStatements(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (:Directive {key: k})-[:IMPLEMENTS|BASED_ON|CITES*0..3 {statedIn: k}]->(s)
      WITH DISTINCT k, s
      MATCH (s)-[r]->(t)
      WHERE r.statedIn = k
      WITH DISTINCT r, t
      DELETE r
      RETURN DISTINCT t.key AS key,
        CASE WHEN t:Directive THEN 'directive' WHEN t:Person THEN 'person' ELSE 'organization' END AS kind
    `,
    params: { keys },
  };
}

/**
 * Cited-only directives nothing cites any more are deleted (with the ISSUED_BY that came with them);
 * returns their issuers, which may be orphans now too.
 */
export function deleteOrphanDirectives(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (d:Directive {key: k})
      WHERE d.status = 'referenced' AND NOT EXISTS { MATCH ()-[:IMPLEMENTS|BASED_ON|CITES]->(d) }
      OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
      WITH d, collect(o.key) AS issuers
      DETACH DELETE d
      RETURN issuers
    `,
    params: { keys },
  };
}

/** Organisations no directive issues, assigns or addresses any more are deleted. */
export function deleteOrphanOrganizations(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (o:Organization {key: k})
      WHERE NOT EXISTS { MATCH (o)<-[:ISSUED_BY|ASSIGNS|SENT_TO]-(:Directive) }
      DETACH DELETE o
    `,
    params: { keys },
  };
}

/** The Issuer and Unit labels follow the edges that remain. */
export function relabelOrganizations(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (o:Organization {key: k})
      FOREACH (_ IN CASE WHEN EXISTS { MATCH (o)<-[:ISSUED_BY]-() } THEN [] ELSE [1] END | REMOVE o:Issuer)
      FOREACH (_ IN CASE WHEN EXISTS { MATCH (o)<-[:ASSIGNS|SENT_TO]-() } THEN [] ELSE [1] END | REMOVE o:Unit)
    `,
    params: { keys },
  };
}

export function deleteOrphanPersons(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (p:Person {key: k})
      WHERE NOT EXISTS { MATCH (p)<-[:SIGNED_BY]-() }
      DETACH DELETE p
    `,
    params: { keys },
  };
}
