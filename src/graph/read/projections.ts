import type { DirectiveRow, EdgeRow, EvidenceRow, OrganizationRow } from './types.js';

/**
 * Map projections shared by the read queries, so that every query returns a directive or an
 * organisation in the same shape (types.ts). They are constant Cypher text parameterised only by
 * the variable name a query binds, never by a value.
 */

/** An organisation node as an OrganizationRow. */
export function organizationMap(v: string): string {
  return `${v} { .key, .name, .kind, .level, .area, .provinceCode, .districtCode, .wardCode, ` +
    `collective: coalesce(${v}.collective, false), .resolvedBy, isIssuer: ${v}:Issuer, isUnit: ${v}:Unit }`;
}

/**
 * A directive node as a DirectiveRow, with its issuer inlined (one expand per directive is cheaper
 * than a second round trip for the field almost every client asks for). The one ISSUED_BY (the
 * writer keeps one per directive, to an Organization) is expanded once and bound by a one-element
 * list comprehension for both fields: two pattern comprehensions expanded it twice, and on a node
 * with a few dozen ASSIGNS and SENT_TO edges each expand reads all of them (PROFILE: 59 db hits
 * per directive projected, 41 with one expand).
 */
export function directiveMap(v: string, lean = false): string {
  const iss = `issuance_${v}`;
  if (lean) return leanDirectiveMap(v, iss);
  return `head([${iss} IN [head([(${v})-[ib:ISSUED_BY]->(io:Organization) | { name: ib.name, org: ${organizationMap('io')} }])] | ` +
    `${v} { .key, .number, .docType, .title, issuedOn: toString(${v}.issuedOn), meetingOn: toString(${v}.meetingOn), ` +
    `.place, .level, .status, .family, .sourcePath, .sourceSha256, .encoding, ingestedAt: toString(${v}.ingestedAt), .resolvedBy, ` +
    `issuedBy: ${iss}.name, issuer: ${iss}.org }])`;
}

/**
 * directiveMap without the fields of LEAN_LEAVES_OUT, for the answers that project a directive per
 * row (derivedTasks' chains, a search's page): each field left out is a property read less, and
 * each key left out a string less for the driver to decode (a map's keys are strings on the wire:
 * a page of 20 derived tasks carried about 3,900 keys, 1,650 other strings). The fetchers put the
 * page's fields back as null (leanDirectiveRow), after the driver has decoded the answer.
 */
function leanDirectiveMap(v: string, iss: string): string {
  return `head([${iss} IN [head([(${v})-[ib:ISSUED_BY]->(io:Organization) | { name: ib.name, org: ${leanOrganizationMap('io')} }])] | ` +
    `${v} { .key, .number, .docType, .title, issuedOn: toString(${v}.issuedOn), .level, .status, ` +
    `issuedBy: ${iss}.name, issuer: ${iss}.org }])`;
}

/** organizationMap without the fields of LEAN_LEAVES_OUT (nor the codes: no GraphQL field shows them), as leanDirectiveMap. */
export function leanOrganizationMap(v: string): string {
  return `${v} { .key, .name, .kind, .level }`;
}

/**
 * A lean organisation map as a whole OrganizationRow, the fields it left out null: a fetcher's
 * rows keep one shape, lean or not. A new object written out field by field, in the order of a full
 * row: spreading a constant of nulls and then the row (`{ ...NULLS, ...o }`) made each copy a slow
 * generic property copy into an object of its own shape, about 5 µs each in a CPU profile under load.
 */
export function leanOrganizationRow<O extends OrganizationRow | null>(o: O): O {
  if (o === null) return o;
  return {
    key: o.key, name: o.name, kind: o.kind, level: o.level, area: null, provinceCode: null, districtCode: null, wardCode: null,
    collective: null, resolvedBy: null, isIssuer: null, isUnit: null,
  } as unknown as O;
}

/** A lean directive map as a whole DirectiveRow (its issuer too), as leanOrganizationRow. */
export function leanDirectiveRow(d: DirectiveRow): DirectiveRow {
  return {
    key: d.key, number: d.number, docType: d.docType, title: d.title, issuedOn: d.issuedOn, meetingOn: null, place: null,
    level: d.level, status: d.status, family: null, sourcePath: null, sourceSha256: null, encoding: null, ingestedAt: null,
    resolvedBy: null, issuedBy: d.issuedBy, issuer: leanOrganizationRow(d.issuer),
  };
}

/** The evidence properties of a relationship as an EvidenceRow. */
export function evidenceMap(r: string): string {
  return `{ sentence: ${r}.evidence, statedIn: ${r}.statedIn, span: ${r}.span, rule: ${r}.rule, ` +
    `confidence: ${r}.confidence, resolvedBy: ${r}.resolvedBy }`;
}

/** A citation relationship as an EdgeRow (from = the citing end). */
export function edgeMap(r: string): string {
  return `{ from: startNode(${r}).key, to: endNode(${r}).key, type: type(${r}), evidence: ${evidenceMap(r)} }`;
}

/**
 * Which of parallel edges (two documents state the same link: same ends, same type) comes first, and
 * whose evidence an answer that shows one link shows: the surer reading first (confidence, highest
 * first), then the link as the citing document states it itself over the same link reported by a
 * third document (308-TB/QU saying that 500-CV/QU implements 177-CV/TU), then the stating document's
 * key. Without it the pick followed the order Neo4j stores a node's relationships in, which changes
 * with insertion order and the relationship grouping threshold. `r` names the relationship.
 */
export function preferredEdgeOrder(r: string, startKey = `startNode(${r}).key`): string {
  return `coalesce(${r}.confidence, 0.0) DESC, ${r}.statedIn = ${startKey} DESC, ${r}.statedIn`;
}

/** preferredEdgeOrder for rows already read: negative when `a` comes first. */
export function comparePreferredEdges(a: EdgeRow, b: EdgeRow): number {
  const own = (e: EdgeRow) => (e.evidence.statedIn === e.from ? 0 : 1);
  return (b.evidence.confidence ?? 0) - (a.evidence.confidence ?? 0) || own(a) - own(b) ||
    (a.evidence.statedIn ?? '').localeCompare(b.evidence.statedIn ?? '');
}

/**
 * The links of a walked path (`rels`, a list of relationships in path order) with each link's preferred
 * edge (preferredEdgeOrder) in place of the one the walk happened to take: a shortest-path search
 * takes whichever of two parallel edges it meets first. One Expand(Into) per link, on the page only.
 * A subquery over the variables `imports`, returning `links` (EdgeRow maps in path order; none when
 * the Cypher condition `when` is false). The links
 * are put back in order by their index, not by ORDER BY: the caller's rows carry the page's list of
 * traces, and a sort would count it against the transaction's memory once per link it holds.
 */
export function preferredLinks(imports: string, rels: string, when?: string): string {
  return `CALL (${imports}) {
      ${when ? `WITH ${imports} WHERE ${when}
      ` : ''}UNWIND range(0, size(${rels}) - 1) AS i
      WITH i, ${rels}[i] AS r
      WITH i, r, startNode(r) AS s, endNode(r) AS e
      WITH i, r, s, e, s.key AS sKey
      CALL (r, s, e, sKey) {
        MATCH (s)-[q:IMPLEMENTS|BASED_ON|CITES]->(e)
        WHERE type(q) = type(r)
        WITH q, { confidence: q.confidence, statedIn: q.statedIn } AS k
        ORDER BY ${preferredEdgeOrder('k', 'sKey')}
        LIMIT 1
        RETURN q
      }
      WITH collect({ i: i, link: ${edgeMap('q')} }) AS picked
      RETURN [j IN range(0, size(picked) - 1) | head([x IN picked WHERE x.i = j | x.link])] AS links
    }`;
}

/**
 * One ASSIGNS edge `a` to unit `u` as a part of a task; parts of one taskId are collected and folded
 * into a task by taskFrom (a map projection needs a variable, so the unit is projected here).
 */
export const ASSIGNS_PART = assignsPart(false);

/** ASSIGNS_PART, the unit as leanOrganizationMap when `lean`. */
export function assignsPart(lean: boolean): string {
  return `{ unit: ${lean ? leanOrganizationMap('u') : organizationMap('u')}, level: u.level, role: a.role, directedBy: a.directedBy, ` +
    `clause: a.clause, text: a.text, deadline: toString(a.deadline), span: a.span }`;
}

/** A TaskRow from a task id and a list of ASSIGNS_PART maps; `directive` is the assigning directive's map, if wanted. */
export function taskFrom(id: string, parts: string, directive?: string): string {
  return `{ id: ${id}, clause: head(${parts}).clause, text: head(${parts}).text, deadline: head(${parts}).deadline, ` +
    `span: head(${parts}).span, units: [x IN ${parts} | { unit: x.unit, role: x.role, directedBy: x.directedBy }]${directive ? `, directive: ${directive}` : ''} }`;
}

/**
 * Compact forms of the same rows for the queries that return hundreds of them at once (a lineage of
 * 612 directives and 641 edges is about 750 kB): a list of values in a fixed order instead of a map,
 * turned back into the same row by the `...FromTuple` functions below. The driver decodes every map
 * key as a string of its own, and decoding strings is most of a large answer's time on the client
 * (CPU profile of lineage on the 10,000-document corpus: packstream string and map decoding, and the
 * garbage they leave, about two thirds of the client's time): the lists carry half as many strings.
 * The fields and their order are those of organizationMap, directiveMap and edgeMap. A string that
 * almost always repeats another of the same tuple comes as `true` when it does (sameAs): the name an
 * issuer signs with is its name, an edge is stated in its citing document; `...FromTuple` puts
 * the other back.
 */
export function organizationTuple(v: string): string {
  return `[${v}.key, ${v}.name, ${v}.kind, ${v}.level, ${v}.area, ${v}.provinceCode, ${v}.districtCode, ${v}.wardCode, ` +
    `coalesce(${v}.collective, false), ${v}.resolvedBy, ${v}:Issuer, ${v}:Unit]`;
}

export function directiveTuple(v: string, lean = false): string {
  if (lean) return leanDirectiveTuple(v);
  return `[${v}.key, ${v}.number, ${v}.docType, ${v}.title, toString(${v}.issuedOn), toString(${v}.meetingOn), ${v}.place, ` +
    `${v}.level, ${v}.status, ${v}.family, ${v}.sourcePath, ${v}.sourceSha256, ${v}.encoding, toString(${v}.ingestedAt), ${v}.resolvedBy, ` +
    `head([(${v})-[ib:ISSUED_BY]->(io:Organization) | [${sameAs('ib.name', 'io.name')}, ${organizationTuple('io')}]])]`;
}

/** `value`, or `true` when it equals `other` (a string the tuple carries anyway). */
function sameAs(value: string, other: string): string {
  return `CASE WHEN ${value} = ${other} THEN true ELSE ${value} END`;
}

/** A tuple's cell written with sameAs: `other` when it is `true`. */
function unSame(cell: unknown, other: unknown): string | null {
  return cell === true ? str(other) : str(cell);
}

/**
 * The fields of a directive and of its issuer that a lean tuple leaves out (null in the row): the
 * source file, the meeting, the place, the family, how it was resolved; the issuer's area, codes,
 * flags and how it was resolved; and of a lineage edge's evidence the rule and how it was resolved.
 * Named as the GraphQL fields that read them (schema.graphql), so that the API can tell whether a
 * request asks for any (src/api/graphql/selection.ts).
 */
export const LEAN_LEAVES_OUT: readonly string[] = [
  'meetingOn', 'place', 'family', 'source', 'resolvedBy', 'area', 'collective', 'isIssuer', 'isUnit', 'period', 'rule',
];

/**
 * directiveTuple with only what a listing shows (key, number, type, title, date, level, status, the
 * issuer's key, name, kind and level), the fields of LEAN_LEAVES_OUT null: a lineage of 612 directives
 * carries about half as many strings, and decoding them is most of a large answer's time on the client.
 */
function leanDirectiveTuple(v: string): string {
  return `[${v}.key, ${v}.number, ${v}.docType, ${v}.title, toString(${v}.issuedOn), null, null, ` +
    `${v}.level, ${v}.status, null, null, null, null, null, null, ` +
    `head([(${v})-[ib:ISSUED_BY]->(io:Organization) | [${sameAs('ib.name', 'io.name')}, [io.key, io.name, io.kind, io.level, null, null, null, null, null, null, null, null]]])]`;
}

/** An edge as a tuple; `lean` leaves the evidence's rule and resolvedBy null (LEAN_LEAVES_OUT). */
export function edgeTuple(r: string, lean = false): string {
  const from = `startNode(${r}).key`;
  return `[${from}, endNode(${r}).key, type(${r}), ${r}.evidence, ${sameAs(`${r}.statedIn`, from)}, ${r}.span, ` +
    `${lean ? 'null' : `${r}.rule`}, ${r}.confidence, ${lean ? 'null' : `${r}.resolvedBy`}]`;
}

type Cell = unknown;
const str = (x: Cell): string | null => (x === null || x === undefined ? null : (x as string));

export function organizationFromTuple(t: readonly Cell[]): OrganizationRow {
  return {
    key: t[0] as string, name: str(t[1]), kind: str(t[2]), level: str(t[3]), area: str(t[4]), provinceCode: str(t[5]),
    districtCode: str(t[6]), wardCode: str(t[7]), collective: t[8] as boolean, resolvedBy: str(t[9]), isIssuer: t[10] as boolean, isUnit: t[11] as boolean,
  };
}

export function directiveFromTuple(t: readonly Cell[]): DirectiveRow {
  const issuance = (t[15] ?? null) as [Cell, Cell[]] | null;
  return {
    key: t[0] as string, number: str(t[1]), docType: str(t[2]), title: str(t[3]), issuedOn: str(t[4]), meetingOn: str(t[5]),
    place: str(t[6]), level: str(t[7]), status: str(t[8]), family: str(t[9]), sourcePath: str(t[10]), sourceSha256: str(t[11]),
    encoding: str(t[12]), ingestedAt: str(t[13]), resolvedBy: str(t[14]),
    issuedBy: issuance ? unSame(issuance[0], issuance[1][1]) : null, issuer: issuance ? organizationFromTuple(issuance[1]) : null,
  };
}

export function edgeFromTuple(t: readonly Cell[]): EdgeRow {
  return {
    from: t[0] as string, to: t[1] as string, type: t[2] as EdgeRow['type'],
    evidence: { sentence: str(t[3]), statedIn: unSame(t[4], t[0]), span: (t[5] ?? null) as EvidenceRow['span'], rule: str(t[6]), confidence: (t[7] ?? null) as number | null, resolvedBy: str(t[8]) },
  };
}
