import { READ_LIMITS } from '../graph/read/limits.js';

/**
 * Limits of the HTTP/GraphQL surface. Going over one is a GraphQL error with code LIMIT_EXCEEDED
 * whose message names the limit; the graph-side bounds (maxDepth, first, caps) are READ_LIMITS.
 */
export interface ApiLimits {
  /** Nesting depth of a GraphQL operation (mercurius queryDepth). */
  queryDepth: number;
  /** Estimated number of values an operation may resolve (see complexity.ts). */
  complexity: number;
  /** Selections that run a query of their own (root fields, nested lists), aliases counted. */
  queryFields: number;
  /** Request body size, bytes, of a request carrying the API token (the ingest mutation). */
  bodyLimit: number;
  /** Request body size, bytes, of any other request: a read query is a few kilobytes. */
  anonymousBodyLimit: number;
  /** Lexical tokens of a GraphQL document: parsing stops there, before the work grows with it. */
  queryTokens: number;
  /** Neo4j transaction timeout of each read query, ms. */
  transactionTimeoutMs: number;
  /** How long /ready waits for Neo4j, ms. */
  readyTimeoutMs: number;
  /** Documents per ingest mutation. */
  ingestMaxDocuments: number;
  /** Characters per ingested text. */
  ingestMaxChars: number;
  maxDepth: number;
  maxFirst: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  queryDepth: 10,
  complexity: 50_000,
  queryFields: 40,
  bodyLimit: 4 * 1024 * 1024,
  anonymousBodyLimit: 64 * 1024,
  queryTokens: 4_000,
  transactionTimeoutMs: 15_000,
  readyTimeoutMs: 2_000,
  ingestMaxDocuments: 50,
  ingestMaxChars: 500_000,
  maxDepth: READ_LIMITS.maxDepth,
  maxFirst: READ_LIMITS.maxFirst,
};
