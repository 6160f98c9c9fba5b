// Indexes no query reads, taken out of 010_model.cypher and dropped here from graphs made before:
// every index is updated at the commit of every ingest write transaction. What each one cost, and
// which query reads each index kept: docs/graph-model.md "What is indexed and why". Idempotent (IF EXISTS).
// - directive_text indexed [searchText, number], a subset of directive_search (030_search.cypher),
//   which is the one the read queries use;
// - task_text indexed the text of every ASSIGNS (about 6 a document): the costliest to keep.

DROP INDEX directive_text IF EXISTS;
DROP INDEX task_text IF EXISTS;
