import { cypher, type Query } from '../query.js';
import { foldParams, orgSearchTextCypher } from '../read/fold.js';
import { edgeCypher } from './edges.js';
import type { PeriodRow, SuccessionRow } from './rows.js';

/**
 * The reform of 1 July 2025 in the graph (docs/graph-model.md): successors that no document named
 * yet, then `SUCCEEDED_BY` between organisations that both exist, then periods. MERGE and SET only:
 * writing the same rows again changes nothing.
 */
export function mergeSuccessorStubs(rows: SuccessionRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (:Organization {key: row.from})
      MERGE (o:Organization {key: row.to})
      ON CREATE SET o.name = row.stub.name, o.kind = row.stub.kind, o.level = row.stub.level, o.area = row.stub.area,
        o.provinceCode = row.stub.provinceCode, o.wardCode = row.stub.wardCode, o.collective = row.stub.collective,
        o.resolvedBy = row.stub.resolvedBy, o.searchText = ORG_SEARCH_TEXT
    `.replace('ORG_SEARCH_TEXT', orgSearchTextCypher('row.stub')),
    params: { rows: rows.filter((r) => r.stub !== null), ...foldParams },
  };
}

// A SUCCEEDED_BY is not from text: no span; its date is a Neo4j date.
const SUCCEEDED_BY_CYPHER = edgeCypher(
  'SUCCEEDED_BY', { label: 'Organization', variable: 'a' }, { label: 'Organization', variable: 'b' }, null, 'r.date = date(row.props.date)',
);

export function mergeSuccessions(rows: SuccessionRow[]): Query {
  return {
    cypher: SUCCEEDED_BY_CYPHER,
    params: { rows: rows.map((r) => ({ from: r.from, to: r.to, props: { date: r.date, legalBasis: r.legalBasis, share: r.share, source: r.source } })) },
  };
}

export function setPeriods(rows: PeriodRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (o:Organization {key: row.key})
      SET o.validFrom = date(row.validFrom), o.validTo = date(row.validTo), o.map = row.map
    `,
    params: { rows },
  };
}
