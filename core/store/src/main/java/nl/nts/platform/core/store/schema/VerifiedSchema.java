package nl.nts.platform.core.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What this runtime found the last time Liquibase brought the database up to the changelog: the
 * changelog's digest (every file of it, bytes and paths) and the digest of the database's
 * DATABASECHANGELOG rows after that update (id, author, file, checksum, kind, in order). When
 * both are the same at the next start, Liquibase would find nothing pending and every checksum
 * as it was, so the start skips it: Liquibase's own start (its scopes, services and the parse and
 * validation of the whole changelog) cost more than a second of every restart. Any difference (a
 * new release's changelog, another node's update, a restored database, a row edited by hand)
 * means the full update, with its validation, as before.
 *
 * <p>Kept in a file of this runtime's own (the bundle's data area), not in the database: the
 * database's history is what it is compared with. A file that cannot be read or written only
 * costs the full update.
 */
final class VerifiedSchema {

    private static final Logger LOG = Logger.getLogger(VerifiedSchema.class.getName());

    /** The history of a database: its DATABASECHANGELOG rows, digested, with their number and the last id. */
    record History(String digest, int changesets, String last) {
    }

    private final Path file;
    private final String changelog;

    /**
     * @param file where this runtime keeps what it verified
     * @param changelog the changelog's digest, {@link #digest(List)}
     */
    VerifiedSchema(Path file, String changelog) {
        this.file = file;
        this.changelog = changelog;
    }

    /** The digest of the changelog this runtime has. */
    String changelog() {
        return changelog;
    }

    /** Where the changelog's files are, in the bundle and in the build alike. */
    static final String CHANGELOG_FOLDER = "db/changelog/";

    /**
     * The digest of a changelog's files, by their paths from {@link #CHANGELOG_FOLDER} on, in
     * that order: the same files give the same digest in the bundle and in the build.
     */
    static String digest(List<URL> files) {
        MessageDigest sha = sha256();
        files.stream().sorted(Comparator.comparing(VerifiedSchema::name)).forEach(url -> {
            sha.update(name(url).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = url.openStream()) {
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String name(URL file) {
        String path = file.getPath();
        int folder = path.lastIndexOf(CHANGELOG_FOLDER);
        return folder < 0 ? path : path.substring(folder);
    }

    /** The database's history, or null when it has none (no DATABASECHANGELOG: Liquibase never ran on it). */
    static History history(Connection connection) {
        MessageDigest sha = sha256();
        int changesets = 0;
        String last = "none";
        // unquoted: DATABASECHANGELOG on H2, databasechangelog on PostgreSQL; Liquibase's own order of ran changesets
        try {
            // asked first, not found out by a failing query: H2 writes a trace file for that
            if (!hasTable(connection, "DATABASECHANGELOG") && !hasTable(connection, "databasechangelog")) {
                return null;
            }
        } catch (SQLException e) {
            return null;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE FROM DATABASECHANGELOG ORDER BY DATEEXECUTED, ORDEREXECUTED")) {
            while (rs.next()) {
                for (int column = 1; column <= 5; column++) {
                    String value = rs.getString(column);
                    sha.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                changesets++;
                last = rs.getString(1);
            }
        } catch (SQLException noHistory) {
            return null;
        }
        return new History(HexFormat.of().formatHex(sha.digest()), changesets, last);
    }

    /** Whether the connection's schema has a table of that name (as the database spells it). */
    static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Whether this runtime verified this changelog on a database with this history. */
    boolean holds(History history) {
        if (history == null || !Files.isRegularFile(file)) {
            return false;
        }
        Properties kept = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            kept.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return changelog.equals(kept.getProperty("changelog")) && history.digest().equals(kept.getProperty("history"));
    }

    /** After an update that succeeded: the changelog and the history it left. */
    void record(History history) {
        if (history == null) {
            return;
        }
        Properties kept = new Properties();
        kept.setProperty("changelog", changelog);
        kept.setProperty("history", history.digest());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try (var out = Files.newOutputStream(next)) {
                kept.store(out, "the schema this runtime verified last; delete to make the next start run Liquibase in full");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep the verified schema in " + file + "; the next start runs Liquibase in full", e);
        }
    }

    /** After a failed update, or one whose history could not be read: nothing is taken as verified. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
