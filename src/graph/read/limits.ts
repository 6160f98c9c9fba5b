/**
 * Bounds of every read query. The API refuses arguments over the user-facing ones (maxDepth, first)
 * before any query runs; the caps below bound what a single query may collect even when the
 * arguments are in range, so that one request cannot pull the whole graph into memory.
 */
export const READ_LIMITS = {
  /** Longest walk `lineage`, `derivedTasks` and `path` accept (hops). */
  maxDepth: 20,
  /** Largest page of a connection. */
  maxFirst: 100,
  defaultFirst: 20,
  /** Directives one lineage walk collects before it reports `truncated`. */
  lineageNodeCap: 2000,
  /** Edges one lineage returns among its nodes, and context edges per direction, before `truncated`. */
  lineageEdgeCap: 10000,
  /** Directives a derivedTasks walk visits, and task traces it keeps, before `truncated`. */
  traceDirectiveCap: 5000,
  traceCap: 20000,
  /** Units one coverage lists (besides the gazetteer's wards), and tasks shown per unit. */
  coverageUnitCap: 5000,
  coverageTaskCap: 50,
  /** Shortest paths `path` returns per direction. */
  pathCount: 10,
  /** Items per parent in a nested list (citations, tasks, issued directives ...). */
  nestedCap: 200,
  nestedDefault: 50,
  /** Organisations one organisation is listed as part of. */
  partOfCap: 20,
  /** Predecessors or successors listed for one organisation (a commune took in at most a few dozen wards). */
  successionCap: 100,
  /** Candidates listed when a number is ambiguous. */
  candidateCap: 20,
  /** Findings per code in dataQuality. */
  maxFindings: 500,
  /** Directives whose whole text one request may ask for (texts run to tens of kilobytes each). */
  textCap: 20,
} as const;
