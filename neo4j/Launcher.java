import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community in this JVM with Bolt on a loopback address, for SIG Atlas's local database.
 *
 * Run from source (no build step): {@code java <flags> -cp 'lib/*' Launcher.java --home DIR --port N}.
 * The password comes from NEO4J_PASSWORD, else from DIR/password, else it is generated once; it is
 * never taken from the command line, which other users can read through ps.
 *
 * Files in DIR: data/ (the store), logs/ (debug.log), password (mode 600), neo4j.pid while the
 * process lives, server.json once Bolt accepts connections. Both are removed on clean shutdown.
 */
public final class Launcher {
    private static final String USER = "neo4j";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(opts.getOrDefault("home", ".sig-atlas/neo4j")).toAbsolutePath().normalize();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pagecache = parseBytes(opts.getOrDefault("pagecache", "256m"));

        Files.createDirectories(home);
        Path pidFile = home.resolve("neo4j.pid");
        Path readyFile = home.resolve("server.json");
        Long running = otherLauncher(pidFile);
        if (running != null) {
            System.err.println("sig-atlas neo4j: already running in " + home + " (pid " + running + ")");
            System.exit(3);
        }
        Files.deleteIfExists(readyFile);
        writeAtomically(pidFile, ProcessHandle.current().pid() + "\n", false);

        PasswordChoice password = choosePassword(home);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    // A local development store: keep transaction logs small and do not phone home.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 5 s twice on shutdown by default; a local store has no clients worth
                    // that wait (an unfinished transaction rolls back), and stop should be quick.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            System.err.println("sig-atlas neo4j: failed to start: " + rootMessage(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sig-atlas neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(readyFile);
                    Files.deleteIfExists(pidFile);
                } catch (IOException ignored) {
                    // The next start overwrites both files.
                }
                System.out.println("sig-atlas neo4j: stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "sig-atlas-shutdown"));

        try {
            ensurePassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password, home.resolve("password"));
        } catch (RuntimeException e) {
            System.err.println("sig-atlas neo4j: could not set the password of user neo4j: " + rootMessage(e));
            System.exit(1);
        }

        String uri = "bolt://" + host + ":" + port;
        String json = "{\"pid\":" + ProcessHandle.current().pid()
                + ",\"uri\":\"" + uri + "\""
                + ",\"user\":\"" + USER + "\""
                + ",\"version\":\"" + Version.getNeo4jVersion() + "\""
                + ",\"startedAt\":\"" + Instant.now() + "\"}\n";
        writeAtomically(readyFile, json, false);
        System.out.println("sig-atlas neo4j ready: " + uri + " (pid " + ProcessHandle.current().pid()
                + ", Neo4j " + Version.getNeo4jVersion() + ", home " + home + ")");
        System.out.flush();
        stopped.await();
    }

    /** The pid in the pid file if that process is alive and is not this one. */
    private static Long otherLauncher(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private record PasswordChoice(String value, boolean recorded) {}

    /** NEO4J_PASSWORD wins; otherwise the recorded one; otherwise a new random one. */
    private static PasswordChoice choosePassword(Path home) throws IOException {
        Path file = home.resolve("password");
        String recorded = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new PasswordChoice(fromEnv, fromEnv.equals(recorded));
        }
        if (recorded != null && !recorded.isEmpty()) {
            return new PasswordChoice(recorded, true);
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        System.out.println("sig-atlas neo4j: generated a password for user neo4j, stored in " + file);
        return new PasswordChoice(generated, false);
    }

    /**
     * The embedded API bypasses auth, so the store's password can always be brought in line with
     * the chosen one: on a fresh store (the default password must change) or when the chosen one
     * is not the recorded one. The password file is written only after the store accepted it, so
     * it always names the password that works.
     */
    private static void ensurePassword(GraphDatabaseService system, PasswordChoice password, Path passwordFile) throws IOException {
        boolean changeRequired;
        try (Transaction tx = system.beginTx();
                Result result = tx.execute(
                        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                        Map.of("user", USER))) {
            changeRequired = !result.hasNext() || Boolean.TRUE.equals(result.next().get("passwordChangeRequired"));
        }
        if (changeRequired || !password.recorded()) {
            try (Transaction tx = system.beginTx()) {
                tx.execute("ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password.value()));
                tx.commit();
            } catch (RuntimeException e) {
                // Setting the password the user already has is refused; that outcome is what we want.
                if (!rootMessage(e).toLowerCase().contains("same")) throw e;
            }
        }
        writeAtomically(passwordFile, password.value() + "\n", true);
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (secret) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, String> parseArgs(String[] args) {
        java.util.HashMap<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument: " + arg);
            }
            opts.put(arg.substring(2), args[++i]);
        }
        return opts;
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }

    private static void usage(String problem) {
        PrintStream err = System.err;
        err.println("sig-atlas neo4j: " + problem);
        err.println("usage: java -cp 'lib/*' Launcher.java [--home DIR] [--host 127.0.0.1] [--port 7687] [--pagecache 256m]");
        System.exit(2);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String own = e.getMessage() == null ? e.toString() : e.getMessage();
        return t == e ? own : own + " (" + t.getMessage() + ")";
    }
}
