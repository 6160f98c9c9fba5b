import type { Token } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { startsEnterprise } from './enterprise-name.js';
import type { UnitMention } from './unit-mention.js';

/**
 * "Hội Cựu chiến binh Công ty TNHH MTV Cao su Dầu Tiếng", "Hội Phụ nữ Tổng công ty May 10": an association set up in an
 * enterprise is that enterprise's, one unit, as its trade union is ("Công đoàn Công ty …", units.ts). Read apart, the
 * association was the province's and the enterprise a unit of its own. After a mass organisation's head with nothing of
 * its own at j: the enterprise named there (its name read in full), else null.
 */
export function enterpriseOfAssociation(
  tokens: readonly Token[], j: number, limit: number, head: UnitHead, parse: (k: number) => UnitMention | null,
): UnitMention | null {
  if (head.kind !== 'mass-organization' || head.shape !== 'body' || head.canonical === 'Công đoàn') return null;
  if (!startsEnterprise(tokens, j, limit)) return null;
  const firm = parse(j);
  return firm?.tail && !firm.office && !firm.plural ? firm : null;
}
