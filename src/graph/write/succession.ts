import { cypher, type Query } from '../query.js';
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
        o.resolvedBy = row.stub.resolvedBy
    `,
    params: { rows: rows.filter((r) => r.stub !== null) },
  };
}

export function mergeSuccessions(rows: SuccessionRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (a:Organization {key: row.from})
      MATCH (b:Organization {key: row.to})
      MERGE (a)-[s:SUCCEEDED_BY]->(b)
      SET s.date = date(row.date), s.legalBasis = row.legalBasis, s.share = row.share, s.source = row.source
    `,
    params: { rows: rows.map(({ stub: _stub, ...r }) => r) },
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
