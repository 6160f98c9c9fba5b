package dev.directivegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

/**
 * A Neo4j Community server without the server packaging: the database plus a Bolt connector,
 * for machines with neither Docker nor a Neo4j install. src/db/embedded.ts starts it detached
 * and talks to it only over Bolt; it stops it with SIGTERM.
 *
 * Usage: EmbeddedNeo4j --home DIR --port N [--address 127.0.0.1] [--pagecache 256m] [--dense-threshold 50] [--warmup] [--keep-plans]
 *
 * --warmup starts, runs a few writes and reads, shuts down and exits. The build runs it once under
 * -XX:ArchiveClassesAtExit so that later starts load Neo4j's classes from a CDS archive (about a
 * second and a half less on each start, measured on the 2-core dev box).
 *
 * --keep-plans (the test harness's server only) keeps each Cypher plan for the server's life: Neo4j
 * replans a cached statement once the counts it was planned on diverge (dbms.cypher.
 * statistics_divergence_threshold, checked after dbms.cypher.min_replan_interval), and every test
 * file empties and reloads the graph, so every file planned again what the files before it had planned
 * (measured: 30 cached reads 0.1 s; after 600 nodes were added and 11 s passed, 18.2 s, all replanned).
 * The graphs of the tests are small: any plan answers them fast.
 *
 * The lines printed on stdout ("started ...", "shutdown completed") are read by the tests and by
 * people looking at logs/embedded.log, so they are kept stable.
 */
public final class EmbeddedNeo4j {

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-neo4j: " + e.getMessage());
            System.err.println("usage: EmbeddedNeo4j --home DIR --port N [--address 127.0.0.1] [--pagecache 256m] [--dense-threshold 50] [--warmup] [--keep-plans]");
            System.exit(2);
            return;
        }

        long t0 = System.nanoTime();
        DatabaseManagementService service;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home);
            if (options.keepPlans) {
                // A divergence of counts is at most 1.0, never above it: no replanning for statistics.
                builder.setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 1.0)
                        .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(24));
            }
            service = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(options.address, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(options.address, options.port))
                    // Nothing but Bolt: the project never needs the HTTP API, and a closed port is one less to collide.
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // Loopback only and no auth: the driver always sends the configured user/password,
                    // which a server without auth accepts, so the same client code fits Docker and NEO4J_URI.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes)
                    // Relationships a node may hold before its chain is split by type and direction. It
                    // only applies to nodes as they become dense: a change needs a fresh store.
                    .setConfig(GraphDatabaseSettings.dense_node_threshold, options.denseThreshold)
                    .setConfig(GraphDatabaseSettings.logs_directory, options.home.resolve("logs"))
                    // Keeps a dev/test database from growing transaction logs without end.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                    // Bolt's defaults wait ~10 s of netty quiet period on every stop even with no client
                    // connected; the tests stop and start the server, so a short wait is worth an internal
                    // setting (stable within the pinned 5.26 line).
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            System.err.println("embedded-neo4j: failed to start: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        if (options.warmup) {
            int code = warmup(service);
            service.shutdown();
            System.out.println("embedded-neo4j: warm-up done");
            System.exit(code);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: shutting the service down there flushes the page cache and
        // checkpoints, so a stop never loses committed writes nor leaves a store that needs recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("embedded-neo4j: shutting down");
            System.out.flush();
            try {
                service.shutdown();
                System.out.println("embedded-neo4j: shutdown completed");
            } catch (Throwable e) {
                System.err.println("embedded-neo4j: shutdown failed: " + e);
                e.printStackTrace(System.err);
            } finally {
                System.out.flush();
                System.err.flush();
                stopped.countDown();
            }
        }, "embedded-neo4j-shutdown"));

        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("embedded-neo4j: started Neo4j %s on bolt://%s:%d (home %s) in %d ms%n",
                Version.getNeo4jVersion(), options.address, options.port, options.home, ms);
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Touches the code paths a real session uses (Cypher planning, writes, index lookups) so CDS archives them. */
    private static int warmup(DatabaseManagementService service) {
        try {
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            db.executeTransactionally("CREATE INDEX warmup_key IF NOT EXISTS FOR (n:Warmup) ON (n.key)");
            db.executeTransactionally(
                    "UNWIND range(1, 100) AS i MERGE (n:Warmup {key: i}) SET n.name = 'Quận ' + toString(i) "
                            + "WITH n MATCH (m:Warmup {key: 1}) MERGE (n)-[:NEXT]->(m)");
            db.executeTransactionally("MATCH p = (n:Warmup)-[:NEXT*1..2]->(m) RETURN count(p) AS c", java.util.Map.of(),
                    result -> result.next().get("c"));
            db.executeTransactionally("MATCH (n:Warmup) DETACH DELETE n");
            db.executeTransactionally("DROP INDEX warmup_key IF EXISTS");
            return 0;
        } catch (Throwable e) {
            System.err.println("embedded-neo4j: warm-up failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    /** Command-line options; small enough not to need a library. */
    private record Options(Path home, String address, int port, long pagecacheBytes, int denseThreshold, boolean warmup, boolean keepPlans) {

        static Options parse(String[] args) {
            Path home = null;
            String address = "127.0.0.1";
            Integer port = null;
            long pagecache = 256L * 1024 * 1024;
            int denseThreshold = 50;
            boolean warmup = false;
            boolean keepPlans = false;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--warmup")) {
                    warmup = true;
                    continue;
                }
                if (flag.equals("--keep-plans")) {
                    keepPlans = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--home" -> home = Path.of(value).toAbsolutePath();
                    case "--address" -> address = value;
                    case "--port" -> port = parsePort(value);
                    case "--pagecache" -> pagecache = parseSize(value);
                    case "--dense-threshold" -> denseThreshold = parseThreshold(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            if (port == null) {
                throw new IllegalArgumentException("--port is required");
            }
            return new Options(home, address, port, pagecache, denseThreshold, warmup, keepPlans);
        }

        private static int parsePort(String value) {
            try {
                int p = Integer.parseInt(value);
                if (p >= 0 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--port expects 0..65535 (0: any free port), got " + value);
        }

        private static int parseThreshold(String value) {
            try {
                int t = Integer.parseInt(value);
                if (t >= 1) {
                    return t;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--dense-threshold expects a whole number from 1, got " + value);
        }

        private static long parseSize(String value) {
            String v = value.trim().toLowerCase();
            long unit = 1;
            if (v.endsWith("g")) {
                unit = 1024L * 1024 * 1024;
            } else if (v.endsWith("m")) {
                unit = 1024L * 1024;
            } else if (v.endsWith("k")) {
                unit = 1024L;
            }
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                return Long.parseLong(digits) * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--pagecache expects a size such as 256m, got " + value);
            }
        }
    }
}
