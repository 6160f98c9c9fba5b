import type { Line } from '../types.js';
import { parseUnitAt, type UnitMention } from '../find/units.js';
import { tokenize, type Token } from '../tokens.js';
import { titleCaseName } from './orgs.js';

/**
 * "HỘI CỰU CHIẾN BINH VIỆT NAM / BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐOÀN TNCS HỒ CHÍ MINH":
 * a mass organisation's central committee prints the organisation's name on a line of its own, above its
 * issuer line or where the State prints the motto. Read alone, "Ban Chấp hành Trung ương" is the Party's
 * Central Committee; beside the organisation's line it is that organisation's: "Trung ương Hội Cựu chiến binh
 * Việt Nam", "Trung ương Đoàn TNCS Hồ Chí Minh" (read from the line's "TRUNG ƯƠNG" and the organisation's words).
 */
export function massCentralIssuer(text: string, issuer: { mention: UnitMention; tokens: Token[]; line: Line | null }, header: readonly Line[]): { mention: UnitMention; tokens: Token[] } | null {
  const m = issuer.mention;
  if (m.head.canonical !== 'Ban Chấp hành Trung ương' || m.to !== issuer.tokens.length || m.start !== issuer.tokens[0]!.start) return null;
  const central = issuer.tokens.slice(-2);
  if (central.length < 2 || central.map((t) => t.text.toLowerCase()).join(' ') !== 'trung ương') return null;
  for (const l of header) {
    if (l.blank || l.index === issuer.line?.index) continue;
    const own = tokenize(text, l.start, l.end);
    const org = own.length > 0 ? parseUnitAt(own, 0) : null;
    if (!org || org.to !== own.length || org.head.kind !== 'mass-organization' || org.head.shape !== 'body' || org.plural) continue;
    // A national organisation only: "VIỆT NAM", or no area at all ("ĐOÀN TNCS HỒ CHÍ MINH").
    if (org.areas.some((a) => !/^việt nam$/iu.test(a.name ?? ''))) continue;
    const joined = [...central, ...own];
    const read = parseUnitAt(joined, 0);
    if (!read || read.head.shape !== 'central' || read.to !== joined.length) continue;
    // The country's name, read as a place on the organisation's line, keeps its capitals in the name.
    const country = org.areas[0]?.name;
    const tail = country && read.tail?.toLowerCase().endsWith(country.toLowerCase()) ? read.tail.slice(0, -country.length) + titleCaseName(country) : read.tail;
    return { mention: { ...read, tail }, tokens: joined };
  }
  return null;
}
