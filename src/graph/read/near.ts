import type { Query } from '../query.js';
import { foldCypher, foldParams, searchTokens } from './fold.js';
import { directiveMap } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { DirectiveRow } from './types.js';

/**
 * Directives that come near a reference nobody matched exactly ("17/CT-UBDN", "chi thi 17"), for
 * the "did you mean" of an unknown order: each word of the reference, folded (diacritics, case
 * and đ ignored), that occurs in a directive's number or title scores one; a word equal to a part of
 * its number scores two more, so "18/CT-UBND" puts the other CT-UBND first. Scans the directives
 * once; returns at most `limit`.
 */
export function nearDirectivesQuery(reference: string, limit: number): Query {
  return {
    cypher: `MATCH (d:Directive)
WITH d, ${foldCypher("coalesce(d.number, '') + ' ' + coalesce(d.title, '')")} AS hay,
  split(${foldCypher('d.number')}, '/') AS numberParts
WITH d, reduce(s = 0, t IN $tokens | s + CASE WHEN hay CONTAINS t THEN 1 ELSE 0 END
  + CASE WHEN any(p IN numberParts WHERE any(q IN split(p, '-') WHERE q = t)) THEN 2 ELSE 0 END) AS score
WHERE score > 0
RETURN ${directiveMap('d')} AS directive, score
ORDER BY score DESC, CASE d.status WHEN 'ingested' THEN 0 ELSE 1 END, d.issuedOn DESC, d.key
LIMIT toInteger($limit)`,
    params: { tokens: searchTokens(reference), ...foldParams, limit },
  };
}

export async function nearDirectives(runner: ReadRunner, reference: string, limit = 5): Promise<DirectiveRow[]> {
  if (searchTokens(reference).length === 0) return [];
  const rows = await runner.run<{ directive: DirectiveRow }>(nearDirectivesQuery(reference, limit), 'looking for near matches');
  return rows.map((r) => r.directive);
}
