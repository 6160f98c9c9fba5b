import { cypher, type Query } from '../query.js';

/**
 * Reads the writer needs before a batch: which files are already in, and which directive nodes a
 * batch's keys could be (same key, same number + issuer, same number). Every lookup is bounded per
 * input value.
 */

/** Per-value cap on candidates: more than a handful of same-numbered documents is already "ambiguous". */
export const CANDIDATE_LIMIT = 20;

export function findBySha256(shas: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $shas AS s
      CALL (s) {
        MATCH (d:Directive {sourceSha256: s})
        RETURN d LIMIT 1
      }
      RETURN s AS sha256, d.key AS key, d.sourcePath AS path
    `,
    params: { shas },
  };
}

/**
 * The same, among directives written at `since` or later (the server's clock, ISO 8601): what a
 * `--force` run has written itself, so that it writes the same bytes once without remembering
 * every file it read.
 */
export function findBySha256Since(shas: string[], since: string): Query {
  return {
    cypher: cypher`
      UNWIND $shas AS s
      CALL (s) {
        MATCH (d:Directive {sourceSha256: s})
        WHERE d.ingestedAt >= datetime($since)
        RETURN d LIMIT 1
      }
      RETURN s AS sha256, d.key AS key, d.sourcePath AS path
    `,
    params: { shas, since },
  };
}

/** The server's clock now (ISO 8601): where a `--force` run starts, for findBySha256Since. */
export function serverNow(): Query {
  return { cypher: 'RETURN toString(datetime()) AS now', params: {} };
}

export function findByPath(paths: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $paths AS p
      CALL (p) {
        MATCH (d:Directive {sourcePath: p})
        RETURN d LIMIT toInteger($limit)
      }
      RETURN p AS path, d.key AS key, d.sourceSha256 AS sha256
    `,
    params: { paths, limit: CANDIDATE_LIMIT },
  };
}

/** A number cited with an issuer of unknown area, and that issuer's folded name (`huyen-uy-an-lao`). */
export interface NamedNumber {
  numberKey: string;
  nameKey: string;
}

/**
 * Candidate directives by exact key, by series (number + issuer), by number alone, and by number and
 * issuer name; each with its issuer's kind and folded name. The last lookup filters before its bound,
 * so that a number many districts used (218-CV/HU) still finds the one of the named body.
 */
export function findCandidates(keys: string[], series: string[], numberKeys: string[], named: NamedNumber[] = []): Query {
  return {
    cypher: cypher`
      CALL () {
        UNWIND $keys AS k
        MATCH (d:Directive {key: k})
        RETURN d
        UNION
        UNWIND $series AS s
        CALL (s) {
          MATCH (d:Directive {series: s})
          RETURN d LIMIT toInteger($limit)
        }
        RETURN d
        UNION
        UNWIND $numberKeys AS n
        CALL (n) {
          MATCH (d:Directive {numberKey: n})
          RETURN d LIMIT toInteger($limit)
        }
        RETURN d
        UNION
        UNWIND $named AS m
        CALL (m) {
          MATCH (d:Directive {numberKey: m.numberKey})
          WHERE EXISTS { MATCH (:Organization {key: d.issuerKey, nameKey: m.nameKey}) }
          RETURN d LIMIT toInteger($limit)
        }
        RETURN d
      }
      OPTIONAL MATCH (o:Organization {key: d.issuerKey})
      RETURN d.key AS key, d.status AS status, d.series AS series, d.numberKey AS numberKey,
        d.issuerKey AS issuerKey, toString(d.issuedOn) AS issuedOn, d.sourcePath AS sourcePath,
        d.sourceSha256 AS sha256, o.kind AS issuerKind, o.nameKey AS issuerNameKey
    `,
    params: { keys, series, numberKeys, named, limit: CANDIDATE_LIMIT },
  };
}
