import { QueryError } from '../errors.js';
import { findDirective } from '../graph/read/directives.js';
import { nearDirectives } from '../graph/read/near.js';
import type { ReadRunner } from '../graph/read/runner.js';
import type { DirectiveRow } from '../graph/read/types.js';

/**
 * The order a report is about, from what a user types: a key (`doc:...`) exactly, or a printed
 * number narrowed by an issuer. A number several directives share is DG_AMBIGUOUS listing them
 * (src/graph's findDirective); nothing at all is DG_NOT_FOUND listing the nearest directives by
 * number and title, diacritics ignored, so "17/CT-UBDN" or "chi thi 17" lead to the right one.
 */
export async function resolveOrder(runner: ReadRunner, reference: string, issuer?: string | null): Promise<DirectiveRow> {
  const ref = reference.trim();
  if (ref === '') throw new QueryError('DG_BAD_INPUT', 'order: give a number (17/CT-UBND) or a key (doc:...)', { details: { argument: 'order' } });
  const found = ref.startsWith('doc:') ? await findDirective(runner, { key: ref }) : await findDirective(runner, { number: ref, issuer: issuer ?? null });
  if (found) return found;
  const near = await nearDirectives(runner, issuer ? `${ref} ${issuer}` : ref);
  const listed = near.map((d) => `${d.number ?? '(no number)'} of ${d.issuer?.name ?? d.issuedBy ?? 'issuer unknown'}${d.title ? ` (${d.title.length > 70 ? `${d.title.slice(0, 69)}…` : d.title})` : ''} [${d.key}]`);
  throw new QueryError('DG_NOT_FOUND',
    `no directive matches order "${ref}"${issuer ? ` with issuer "${issuer}"` : ''}` +
    (listed.length > 0 ? `; near matches: ${listed.join('; ')}` : '; nothing comes near it either (find numbers with `directives(search:)`)'),
    { details: { argument: 'order', reference: ref, nearMatches: near.map((d) => ({ key: d.key, number: d.number, issuer: d.issuer?.name ?? d.issuedBy, title: d.title })) } });
}
