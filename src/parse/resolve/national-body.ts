import { orgKey } from '../../model/keys.js';
import type { UnitMention } from '../find/units.js';
import type { ResolvedOrg } from './orgs.js';

/**
 * "Ban Chỉ đạo quốc gia về Phòng, chống thiên tai", "Hội đồng quốc gia …", "Ủy ban quốc gia …": a body
 * whose topic opens with "quốc gia" is the nation's, named with no place. Read in the citing document's
 * context, the unit grammar's topic left the place open and the context's district or province filled
 * it ("Ban Chỉ đạo quốc gia quận"; blind batch 17, n105).
 */
const NATIONAL = /^quốc[ ]gia(?![\p{L}])/u;

export function nationalBody(mention: UnitMention, resolved: ResolvedOrg): ResolvedOrg | null {
  // A capitalised topic word read as a bare place ("… quốc gia về Phòng, chống thiên tai") is no place:
  // the body is named up to it.
  if (!mention.tail || !NATIONAL.test(mention.tail) || mention.areas.some((a) => !a.bare) || mention.owner) return null;
  const name = `${mention.head.canonical} ${mention.tail}`.replace(/[ ]về$/u, '');
  return { ...resolved, key: orgKey(name, null), name, body: name, level: 'central', area: null, collective: false };
}
