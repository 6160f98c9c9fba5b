// Foundation: identity of organisations. Every Issuer and Unit node also carries the label
// Organization, so one constraint keeps an organisation one node whichever role it plays.
// Applied by src/graph/migrate.ts before the other files (file-name order); idempotent.
// Names follow <label>_<property>_unique for constraints.

CREATE CONSTRAINT organization_key_unique IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE;
