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

// Full-text search that ignores diacritics: `searchText` is already folded (src/model/keys.ts fold),
// and the standard-folding analyzer (ASCII folding, which also maps đ to d) folds the query and the
// task texts, so "phong chong dich" finds "phòng, chống dịch".
CREATE FULLTEXT INDEX directive_text IF NOT EXISTS FOR (d:Directive) ON EACH [d.searchText, d.number]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX task_text IF NOT EXISTS FOR ()-[r:ASSIGNS]-() ON EACH [r.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
