package nl.kwartiermaker;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One database of the backup drill, reached as an operator would: MariaDB through its own client programs
 * ({@code mariadb-dump --single-transaction} and {@code mariadb}), the embedded H2 through {@code SCRIPT TO} and
 * {@code RUNSCRIPT FROM} (what {@code bin/backup} does). The restore target's name is the original's with
 * {@code _restore}, so CI's {@code kwartiermaker_test} restores into {@code kwartiermaker_test_restore}, which
 * {@code bin/test} creates and grants.
 */
record BackupTarget(String jdbcUrl, String user, String password) {

    private static final String RESTORE_SUFFIX = "_restore";

    static BackupTarget of(String jdbcUrl, String user, String password) {
        return new BackupTarget(jdbcUrl, user == null ? "" : user, password == null ? "" : password);
    }

    boolean mariadb() {
        return jdbcUrl.startsWith("jdbc:mariadb:");
    }

    /** The same server, the database named after this one with {@code _restore}. */
    BackupTarget restoreTarget() {
        if (mariadb()) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new BackupTarget("jdbc:mariadb://" + uri.getRawAuthority() + "/" + databaseName() + RESTORE_SUFFIX
                    + query, user, password);
        }
        // jdbc:h2:mem:kwartiermaker;DB_CLOSE_DELAY=-1 -> jdbc:h2:mem:kwartiermaker_restore;DB_CLOSE_DELAY=-1
        int settings = jdbcUrl.indexOf(';');
        String name = settings < 0 ? jdbcUrl : jdbcUrl.substring(0, settings);
        return new BackupTarget(name + RESTORE_SUFFIX + ";DB_CLOSE_DELAY=-1", user, password);
    }

    String databaseName() {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPath().substring(1);
    }

    void dump(Path file) throws Exception {
        if (mariadb()) {
            // --single-transaction: one consistent snapshot of the InnoDB tables without locking out the running
            // portal; --no-tablespaces: a database user has no PROCESS privilege, and the portal has no tablespaces
            run(file, null, program("mariadb-dump"), "--single-transaction", "--no-tablespaces", "--routines",
                    "--triggers", "--hex-blob", "--default-character-set=utf8mb4", databaseName());
        } else {
            execute("SCRIPT TO '" + file.toAbsolutePath() + "'");
        }
    }

    void dropAndCreate() throws Exception {
        if (mariadb()) {
            run(null, null, program("mariadb"), "-e", "DROP DATABASE IF EXISTS `" + databaseName() + "`; "
                    + "CREATE DATABASE `" + databaseName() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } else {
            execute("DROP ALL OBJECTS");
        }
    }

    void load(Path file) throws Exception {
        if (mariadb()) {
            run(null, file, program("mariadb"), "--default-character-set=utf8mb4", databaseName());
        } else {
            execute("RUNSCRIPT FROM '" + file.toAbsolutePath() + "'");
        }
    }

    void drop() throws Exception {
        if (mariadb()) {
            run(null, null, program("mariadb"), "-e", "DROP DATABASE IF EXISTS `" + databaseName() + "`");
        } else {
            execute("DROP ALL OBJECTS");
            execute("SHUTDOWN");
        }
    }

    long count(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Per table its row count and a hash of all its rows, in an order that does not depend on how the database
     * returns them: equal fingerprints mean the same rows with the same values in every column.
     */
    Map<String, String> tableFingerprints() throws SQLException, NoSuchAlgorithmException {
        Map<String, String> fingerprints = new TreeMap<>();
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = mariadb()
                    ? connection.getMetaData().getTables(databaseName(), null, "%", new String[] {"TABLE"})
                    : connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            line.append(value(rows.getObject(column))).append('\u0001');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
                fingerprints.put(table.toLowerCase(Locale.ROOT),
                        lines.size() + " rows " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return fingerprints;
    }

    private static String value(Object value) throws SQLException {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A MariaDB client program found on the PATH, as the operator's shell would find it. */
    private static String program(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("The backup drill needs MariaDB's client program '" + name + "' on the PATH "
                + "(Debian: apt-get install mariadb-client; bin/test installs mariadb-server, which brings it).");
    }

    /**
     * Runs a client program against this target's server. The password goes in an options file only this user can
     * read, as it would in a cron job, never on the command line where {@code ps} shows it.
     */
    private void run(Path output, Path input, String program, String... arguments) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Path options = Files.createTempFile("kwartiermaker-client", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, "[client]\nhost=" + uri.getHost() + "\nport="
                    + (uri.getPort() < 0 ? 3306 : uri.getPort()) + "\nuser=" + user + "\npassword=" + password + "\n");
            List<String> command = new ArrayList<>(List.of(program, "--defaults-extra-file=" + options));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command);
            Path errors = Files.createTempFile("kwartiermaker-client", ".err");
            builder.redirectError(errors.toFile());
            if (output != null) {
                builder.redirectOutput(output.toFile());
            } else {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within 2 minutes");
            }
            String said = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " " + String.join(" ", arguments) + " failed with exit "
                        + process.exitValue() + ": " + said);
            }
        } finally {
            Files.delete(options);
        }
    }
}
