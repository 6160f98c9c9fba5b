// The ingest lock (src/graph/write/index.ts writeResolved): each write transaction MERGEs
// (:IngestLock {id: 'ingest'}) first and deletes it last. The unique constraint is what makes the
// MERGE of a second transaction wait for the first to commit, so that concurrent ingests take turns
// and decide identity on what the others committed. No node of this label outlives a transaction.

CREATE CONSTRAINT ingestlock_id_unique IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
