import { byCode, placeLabel, wardsOf, withMap } from '../../parse/gazetteer.js';
import { successorsOfWard } from '../../parse/gazetteer/map-2025.js';
import { onMap2025 } from '../../model/keys.js';
import type { Query } from '../query.js';
import { notFound } from './lineage.js';
import { READ_LIMITS } from './limits.js';
import { directiveMap, organizationMap } from './projections.js';
import type { ReadRunner } from './runner.js';
import type { DirectiveRow, OrganizationRow } from './types.js';
import { checkWalk, HOP_DOWN, type WalkArgs } from './walk.js';

/**
 * Coverage of an order: which units answered it. The units are (1) every organisation that a
 * directive of the order's tree (the order and what implements it, within maxDepth) assigned a task
 * to, and (2) every ward and commune of each district the tree reaches, from the gazetteer: a
 * researcher asks which of Liên Chiểu's five wards answered 180-CV/QU, and the corpus only names
 * the one that did (phường Hòa Minh, by 100-CV/ĐU).
 *
 * A unit answered when a directive of the tree below the order was issued by it, or by a body that
 * is part of it (the Ban Thường vụ of a Quận ủy answers for the Quận ủy); a ward answered when a
 * directive of the tree was issued by any organisation of that ward. Two queries, run side by side,
 * return the tree and the assigned units (coverageQuery, coverageAssignedQuery); the gazetteer join
 * and the lags are computed here from their rows.
 *
 * Across the 1 July 2025 reform a ward is answered for by the commune that absorbed it: a directive
 * of the tree issued by an organisation of a successor commune (the 2025 map's old-ward -> new-ward
 * data, the same that gives SUCCEEDED_BY) counts for each ward it took in, and the row names that
 * successor (`answeredVia`). The data, not the graph's edges: a ward no document names has no node,
 * hence no edge, and is still answered for. Codes are reused across the reform (the new phường Hòa
 * Khánh carries 20200, the old phường Hòa Minh's code), so only an issuer of the old map answers for
 * an old ward directly.
 */
export interface CoverageArgs extends WalkArgs {
  order: string;
}

/** A task of the tree that names a unit (or reaches a ward). */
export interface CoverageTaskRef {
  /** Key of the assigning directive. */
  directive: string;
  number: string | null;
  clause: string | null;
  role: string | null;
}

export interface CoverageAnswer {
  directive: DirectiveRow;
  /** Days from the order's date to this directive's; null when either is undated. */
  lagDays: number | null;
}

export interface CoveragePlace {
  code: string;
  /** "phường Hòa Minh" */
  name: string;
  /** GSO type: phuong, xa, thi-tran. */
  type: string;
  districtCode: string;
}

export interface CoverageRow {
  /** `assigned`: an organisation a task of the tree names; `ward`: a ward of a district the tree reaches (gazetteer). */
  kind: 'assigned' | 'ward';
  unit: OrganizationRow | null;
  place: CoveragePlace | null;
  /** "quận Liên Chiểu, Đà Nẵng" */
  district: string | null;
  tasks: CoverageTaskRef[];
  taskCount: number;
  /** Answered by itself, or by a commune that absorbed it (a ward). */
  answered: boolean;
  /** Its implementing directives in the tree, earliest first. */
  answers: CoverageAnswer[];
  /** A ward's successors (communes of the 2025 map that absorbed it) that answered, each with its directives. */
  answeredVia: CoverageSuccessorAnswer[];
}

export interface CoverageSuccessorAnswer {
  /** The commune of the 2025 map: GSO code and "phường Hải Vân". */
  successor: { code: string; name: string };
  answers: CoverageAnswer[];
}

export interface CoverageDistrict {
  code: string;
  name: string;
  wardCount: number;
  answeredWards: number;
}

export interface CoverageResult {
  order: DirectiveRow;
  /** The order's tree: the order (depth 0) and each directive below it at its shortest depth. */
  documents: { directive: DirectiveRow; depth: number }[];
  districts: CoverageDistrict[];
  /** Not answered first; then wards before assigned units, by district and name. */
  rows: CoverageRow[];
  truncated: boolean;
}

/** The order's tree, in the order both queries cut it at the directive cap (depth, then key). */
const TREE_WALK = `  MATCH p = ANY SHORTEST (order)${HOP_DOWN}{0,20}(d:Directive)
  WHERE length(p) <= $maxDepth
  WITH d, length(p) AS depth
  ORDER BY depth, d.key`;

/** The order, its tree (cut at the directive cap) and each directive's issuer's parent bodies. */
export function coverageQuery(args: CoverageArgs): Query {
  const { maxDepth, types } = checkWalk(args);
  return {
    cypher: `MATCH (order:Directive {key: $key})
CALL (order) {
${TREE_WALK}
  LIMIT toInteger($directiveCap) + 1
  RETURN collect({ d: d, depth: depth }) AS visits
}
WITH order, visits[0..toInteger($directiveCap)] AS tree, size(visits) > $directiveCap AS treeTruncated
CALL (tree) {
  UNWIND tree AS v
  WITH v.d AS d, v.depth AS depth
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(i:Organization)
  WITH d, depth, head(collect(i)) AS i
  RETURN collect({ directive: ${directiveMap('d')}, depth: depth,
    issuerWithin: CASE WHEN i IS NULL THEN [] ELSE [(i)-[:PART_OF*1..2]->(x:Organization) | x.key] END }) AS documents
}
RETURN ${directiveMap('order')} AS order, documents, treeTruncated`,
    params: { key: args.order, maxDepth, types, directiveCap: READ_LIMITS.traceDirectiveCap },
  };
}

/**
 * The units the tree's directives assign tasks to, each with its first tasks. A query of its own, with
 * its own walk of the tree: its sorts, run on rows that carried the tree's list (one query, the list
 * unwound in a subquery), counted that list against the transaction's memory once per row they held
 * (PROFILE GlobalMemory 36.1 MiB on a city order of the 10,000-document corpus, 613 directives;
 * 0.3 MiB for both queries now). Walking again costs what the walk costs (4,451 db hits there).
 */
export function coverageAssignedQuery(args: CoverageArgs): Query {
  const { maxDepth, types } = checkWalk(args);
  return {
    cypher: `MATCH (order:Directive {key: $key})
CALL (order) {
${TREE_WALK}
  LIMIT toInteger($directiveCap)
  MATCH (d)-[a:ASSIGNS]->(u:Organization)
  WITH u, d, a
  ORDER BY d.key, coalesce(a.span[0], 0)
  WITH u, collect(DISTINCT { directive: d.key, number: d.number, taskId: a.taskId, clause: a.clause, role: a.role }) AS tasks
  ORDER BY u.key
  // Sliced after collect, not LIMITed: with ORDER BY u.key + LIMIT the planner walked the key index
  // of every Organization and ran out of transaction memory on a 10,000-document corpus.
  RETURN collect({ unit: ${organizationMap('u')}, taskCount: size(tasks), tasks: tasks[0..toInteger($taskCap)] })[0..toInteger($unitCap) + 1] AS assigned
}
RETURN assigned`,
    params: {
      key: args.order, maxDepth, types,
      directiveCap: READ_LIMITS.traceDirectiveCap, unitCap: READ_LIMITS.coverageUnitCap, taskCap: READ_LIMITS.coverageTaskCap,
    },
  };
}

interface CoverageRecord {
  order: DirectiveRow;
  documents: { directive: DirectiveRow; depth: number; issuerWithin: string[] }[];
  assigned: { unit: OrganizationRow; taskCount: number; tasks: (CoverageTaskRef & { taskId: string })[] }[];
  treeTruncated: boolean;
}

/** The date a directive counts from: its issue date, else the meeting a Thông báo kết luận reports. */
export function effectiveDate(d: Pick<DirectiveRow, 'issuedOn' | 'meetingOn'>): string | null {
  return d.issuedOn ?? d.meetingOn ?? null;
}

/** Whole days from `from` to `to` (ISO dates); null when either is unknown. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

const collator = new Intl.Collator('vi');

/** Earliest dated first, undated last, then by key. */
function byDate(a: DirectiveRow, b: DirectiveRow): number {
  const da = effectiveDate(a);
  const db = effectiveDate(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da.localeCompare(db);
  return a.key.localeCompare(b.key);
}

export async function fetchCoverage(runner: ReadRunner, args: CoverageArgs): Promise<CoverageResult> {
  const [rows, assignedRows] = await Promise.all([
    runner.run<Omit<CoverageRecord, 'assigned'>>(coverageQuery(args), 'computing coverage'),
    runner.run<Pick<CoverageRecord, 'assigned'>>(coverageAssignedQuery(args), 'computing coverage (assigned units)'),
  ]);
  const tree = rows[0];
  if (!tree) throw notFound('order', args.order);
  const row: CoverageRecord = { ...tree, assigned: assignedRows[0]?.assigned ?? [] };
  const orderDate = effectiveDate(row.order);
  const below = row.documents.filter((d) => d.depth > 0);

  const answersOf = (matches: (doc: CoverageRecord['documents'][number]) => boolean) => {
    const docs = below.filter(matches).map((d) => d.directive).sort(byDate);
    return docs.map((d) => ({ directive: d, lagDays: daysBetween(orderDate, effectiveDate(d)) }));
  };

  const result: CoverageRow[] = [];
  const assigned = row.assigned.slice(0, READ_LIMITS.coverageUnitCap);
  for (const a of assigned) {
    const answers = answersOf((d) => d.directive.issuer?.key === a.unit.key || d.issuerWithin.includes(a.unit.key));
    result.push({
      kind: 'assigned', unit: a.unit, place: null, district: districtLabel(a.unit.districtCode),
      ...taskList(a),
      answered: answers.length > 0, answers, answeredVia: [],
    });
  }

  // The districts the tree reaches: where its issuers and its assigned units are.
  const districts = new Set<string>();
  const addDistrict = (o: OrganizationRow | null | undefined) => {
    if (o?.districtCode && (o.level === 'district' || o.level === 'ward' || o.level === 'internal')) districts.add(o.districtCode);
  };
  addDistrict(row.order.issuer);
  for (const d of row.documents) addDistrict(d.directive.issuer);
  for (const a of assigned) addDistrict(a.unit);

  const districtList = [...districts].sort();
  for (const code of districtList) {
    for (const ward of wardsOf(code)) {
      const answers = answersOf((d) => !onNewMap(d.directive.issuer) && d.directive.issuer?.wardCode === ward.code);
      const answeredVia = successorsOfWard(ward.code).flatMap((s) => {
        const via = answersOf((d) => onNewMap(d.directive.issuer) && d.directive.issuer?.wardCode === s.to);
        const next = withMap('2025', () => byCode('ward', s.to));
        return via.length > 0 ? [{ successor: { code: s.to, name: next ? placeLabel(next) : s.to }, answers: via }] : [];
      });
      // Tasks that reach this ward: to one of its own bodies, or to the wards of its district collectively.
      const tasks = assigned
        .filter((a) => a.unit.wardCode === ward.code || (a.unit.collective && a.unit.level === 'ward' && a.unit.districtCode === code && !a.unit.wardCode))
        .flatMap((a) => a.tasks.map(({ taskId: _taskId, ...t }) => t));
      result.push({
        kind: 'ward', unit: null,
        place: { code: ward.code, name: placeLabel(ward), type: ward.type, districtCode: code },
        district: districtLabel(code), tasks: dedupeTasks(tasks), taskCount: dedupeTasks(tasks).length,
        answered: answers.length > 0 || answeredVia.length > 0, answers, answeredVia,
      });
    }
  }

  const nameOf = (r: CoverageRow) => r.place?.name ?? r.unit?.name ?? r.unit?.key ?? '';
  result.sort((x, y) => Number(x.answered) - Number(y.answered)
    || (x.kind === y.kind ? 0 : x.kind === 'ward' ? -1 : 1)
    || collator.compare(x.district ?? '\uffff', y.district ?? '\uffff')
    || collator.compare(nameOf(x), nameOf(y)));

  return {
    order: row.order,
    documents: row.documents.map((d) => ({ directive: d.directive, depth: d.depth })),
    districts: districtList.map((code) => ({
      code, name: districtLabel(code) ?? code, wardCount: wardsOf(code).length,
      answeredWards: result.filter((r) => r.kind === 'ward' && r.place?.districtCode === code && r.answered).length,
    })),
    rows: result,
    truncated: row.treeTruncated || row.assigned.length > READ_LIMITS.coverageUnitCap,
  };
}

/** An issuer of the map after the reform (its key says so: `org:ubnd@2025.w20200`). */
function onNewMap(o: OrganizationRow | null | undefined): boolean {
  return o ? onMap2025(o.key) : false;
}

/** A unit's tasks, one per clause of a directive (a clause that names the unit twice is one task to it). */
function taskList(a: CoverageRecord['assigned'][number]): { tasks: CoverageTaskRef[]; taskCount: number } {
  const tasks = dedupeTasks(a.tasks.map(({ taskId: _taskId, ...t }) => t));
  return { tasks, taskCount: a.tasks.length < a.taskCount ? a.taskCount : tasks.length };
}

function dedupeTasks(tasks: CoverageTaskRef[]): CoverageTaskRef[] {
  const seen = new Set<string>();
  return tasks.filter((t) => {
    const k = `${t.directive}|${t.clause ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "quận Liên Chiểu, Đà Nẵng" for a district code. */
function districtLabel(code: string | null): string | null {
  if (!code) return null;
  const d = byCode('district', code);
  if (!d) return null;
  const p = byCode('province', d.provinceCode);
  return p ? `${placeLabel(d)}, ${p.name}` : placeLabel(d);
}
