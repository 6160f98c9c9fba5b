// Graph model of docs/graph-model.md: keys, lookups the writer and the readers need, full-text search.
// Applied by src/graph/migrate.ts in file-name order; every statement is idempotent (IF NOT EXISTS).
// (:Organization {key}) is unique in 000_foundation.cypher.

CREATE CONSTRAINT directive_key_unique IF NOT EXISTS FOR (d:Directive) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT person_key_unique IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;

// Identity resolution: a citation without a date (or a document without one) is matched to the
// nodes of the same number + issuer (`series`), or of the same number when the issuer is unknown.
CREATE INDEX directive_series IF NOT EXISTS FOR (d:Directive) ON (d.series);
CREATE INDEX directive_number_key IF NOT EXISTS FOR (d:Directive) ON (d.numberKey);

// Re-ingest: a file already in (same sha256) is skipped; a file whose content moved to another key
// is found by its path.
CREATE INDEX directive_source_sha256 IF NOT EXISTS FOR (d:Directive) ON (d.sourceSha256);
CREATE INDEX directive_source_path IF NOT EXISTS FOR (d:Directive) ON (d.sourcePath);

// Filters of the API (directives by status, date, issuer) and of the data-quality report.
CREATE INDEX directive_status IF NOT EXISTS FOR (d:Directive) ON (d.status);
CREATE INDEX directive_issued_on IF NOT EXISTS FOR (d:Directive) ON (d.issuedOn);
CREATE INDEX directive_issuer_key IF NOT EXISTS FOR (d:Directive) ON (d.issuerKey);
CREATE INDEX organization_level IF NOT EXISTS FOR (o:Organization) ON (o.level);

// PART_OF is linked from both ends: a new unit finds its parent by key, a new parent finds the units
// that were waiting for it by their parentKey.
CREATE INDEX organization_parent_key IF NOT EXISTS FOR (o:Organization) ON (o.parentKey);

// Full-text search is in 030_search.cypher and 040_organization_search.cypher. The two full-text
// indexes that stood here (directive_text, task_text) were read by no query and are dropped by
// 050_drop_unused_indexes.cypher.
