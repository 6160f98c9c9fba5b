import { tokenize } from '../src/parse/tokens.js';
import { parseUnitAt } from '../src/parse/find/units.js';
for (const s of process.argv.slice(2)) {
  const t = tokenize(s, 0, s.length);
  const m = parseUnitAt(t, 0);
  console.log(m?.to, t.length, JSON.stringify({ head: m?.head.canonical, tail: m?.tail, areas: m?.areas.map(a=>a.name) }));
  if (m && m.to < t.length) { const u = parseUnitAt(t, m.to); console.log(' next', u?.to, JSON.stringify({ head: u?.head.canonical, tail: u?.tail, areas: u?.areas.map(a=>a.name) })); }
}
