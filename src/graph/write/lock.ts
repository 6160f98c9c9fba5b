/**
 * The ingest lock: a node MERGEd on a unique key at the start of a write transaction and deleted
 * at its end. MERGE on a unique constraint locks the key, so a second transaction's MERGE waits
 * until the first commits (and so finds nothing left behind). Writers thus take turns, and each
 * one's identity lookup sees everything the others committed. The constraint is in
 * schema/020_ingest_lock.cypher.
 */
export const TAKE_LOCK = "MERGE (l:IngestLock {id: 'ingest'}) ON CREATE SET l.since = timestamp()";
export const DROP_LOCK = "MATCH (l:IngestLock {id: 'ingest'}) DELETE l";
