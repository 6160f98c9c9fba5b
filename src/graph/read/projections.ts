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
export function directiveMap(v: string): string {
  const iss = `issuance_${v}`;
  return `head([${iss} IN [head([(${v})-[ib:ISSUED_BY]->(io:Organization) | { name: ib.name, org: ${organizationMap('io')} }])] | ` +
    `${v} { .key, .number, .docType, .title, issuedOn: toString(${v}.issuedOn), meetingOn: toString(${v}.meetingOn), ` +
    `.place, .level, .status, .family, .sourcePath, .sourceSha256, .encoding, ingestedAt: toString(${v}.ingestedAt), .resolvedBy, ` +
    `issuedBy: ${iss}.name, issuer: ${iss}.org }])`;
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
 * One ASSIGNS edge `a` to unit `u` as a part of a task; parts of one taskId are collected and folded
 * into a task by taskFrom (a map projection needs a variable, so the unit is projected here).
 */
export const ASSIGNS_PART = `{ unit: ${organizationMap('u')}, level: u.level, role: a.role, clause: a.clause, text: a.text, ` +
  `deadline: toString(a.deadline), span: a.span }`;

/** A TaskRow from a task id and a list of ASSIGNS_PART maps; `directive` is the assigning directive's map, if wanted. */
export function taskFrom(id: string, parts: string, directive?: string): string {
  return `{ id: ${id}, clause: head(${parts}).clause, text: head(${parts}).text, deadline: head(${parts}).deadline, ` +
    `span: head(${parts}).span, units: [x IN ${parts} | { unit: x.unit, role: x.role }]${directive ? `, directive: ${directive}` : ''} }`;
}
