package nl.nts.platform.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;

/**
 * Restores a backup file into an empty platform, in one transaction: every table's rows, in the
 * order the backup lists them (each after the tables it refers to), batch by batch, each entry
 * checked against the manifest's row count and SHA-256 as it is read. Any failure rolls all of
 * it back. Before the commit, each sequence {@code NTS_X_SEQ} is set past the highest restored
 * id of {@code NTS_X}, so that new records do not collide.
 *
 * <p><b>Empty</b> means: no row in any platform table except the reference data that every start
 * writes ({@link #REFERENCE}: the key technologies, the ROMs and their regions). Those are
 * replaced by the backup's. A platform started with {@code loadOnFirstStart = false} in
 * {@code etc/nl.nts.platform.sampledata.cfg} and used for nothing else is empty.
 */
final class BackupRestorer {

    /** Written by every start (reference data): replaced, not counted as data. */
    static final Set<String> REFERENCE = Set.of("NTS_TECHNOLOGY", "NTS_ROM", "NTS_ROM_REGION");

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int BATCH = 500;

    /** A backup file's manifest, checked. */
    record Manifest(JsonNode json, long rows) {

        List<JsonNode> tables() {
            List<JsonNode> tables = new ArrayList<>();
            json.get("tables").forEach(tables::add);
            return tables;
        }

        List<String> secretsLeftOut() {
            List<String> left = new ArrayList<>();
            json.path("secretsLeftOut").forEach(n -> left.add(n.asText()));
            return left;
        }
    }

    private BackupRestorer() {
    }

    /**
     * @throws ValidationException (field {@code file}) when the file is no backup of this platform, or of a newer format
     */
    static Manifest manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return manifest(zip);
        } catch (ZipException e) {
            throw new ValidationException("file", "is no backup of nts-platform (not a zip file)");
        } catch (IOException e) {
            throw new ValidationException("file", "cannot be read: " + e.getMessage());
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupFile.MANIFEST);
        if (entry == null) {
            throw new ValidationException("file", "is no backup of nts-platform (no " + BackupFile.MANIFEST + ")");
        }
        JsonNode json;
        try (InputStream in = zip.getInputStream(entry)) {
            json = JSON.readTree(in);
        } catch (IOException e) {
            throw new ValidationException("file", "its manifest is not JSON: " + e.getMessage());
        }
        if (!BackupFile.FORMAT.equals(json.path("format").asText())) {
            throw new ValidationException("file", "is no backup of nts-platform (format '" + json.path("format").asText() + "')");
        }
        int version = json.path("formatVersion").asInt(-1);
        if (version < 1 || version > BackupFile.FORMAT_VERSION) {
            throw new ValidationException("file", "is a backup of format version " + version + "; this platform reads versions 1 to "
                    + BackupFile.FORMAT_VERSION + ": restore it with the platform version that made it (" + json.path("platformVersion").asText() + ") or newer");
        }
        if (!json.path("tables").isArray()) {
            throw new ValidationException("file", "its manifest lists no tables");
        }
        long rows = 0;
        for (JsonNode t : json.get("tables")) {
            if (zip.getEntry(t.path("entry").asText()) == null) {
                throw new ValidationException("file", "is incomplete: the manifest lists " + t.path("entry").asText() + ", which it lacks");
            }
            rows += t.path("rows").asLong();
        }
        return new Manifest(json, rows);
    }

    /**
     * @return the rows which the platform holds beyond the reference data, by table (none: it is empty)
     */
    static Map<String, Long> data(Connection connection) throws SQLException {
        Map<String, Long> data = new TreeMap<>();
        for (Schema.Table table : Schema.read(connection).ordered()) {
            if (REFERENCE.contains(table.name())) {
                continue;
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table.sqlName())) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    data.put(table.name(), rs.getLong(1));
                }
            }
        }
        return data;
    }

    static ConflictException notEmpty(Map<String, Long> data) {
        long rows = data.values().stream().mapToLong(Long::longValue).sum();
        return new ConflictException("database", "the platform holds data (" + rows + " rows: " + data
                + "); a backup is restored only into an empty platform (first started with loadOnFirstStart = false, nothing else done)");
    }

    /**
     * @param connection a connection of its own, outside any other transaction: the restore is its one transaction
     * @param progress   told each row restored
     * @return the rows restored, by table
     */
    static Map<String, Long> restore(Connection connection, Path file, LongConsumer progress) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip);
            Schema schema = Schema.read(connection);
            Map<String, Long> data = data(connection);
            if (!data.isEmpty()) {
                throw notEmpty(data);
            }
            List<Schema.Table> present = schema.ordered();
            for (int i = present.size() - 1; i >= 0; i--) {
                if (REFERENCE.contains(present.get(i).name())) {
                    try (Statement s = connection.createStatement()) {
                        s.executeUpdate("delete from " + present.get(i).sqlName());
                    }
                }
            }
            Map<String, Long> restored = new LinkedHashMap<>();
            for (JsonNode t : manifest.tables()) {
                String name = t.get("name").asText().toUpperCase(Locale.ROOT);
                Schema.Table target = schema.table(name);
                if (target == null) {
                    throw new ValidationException("file", "holds table " + name + ", which this platform lacks: restore it with the platform version that made it ("
                            + manifest.json().path("platformVersion").asText() + ") or newer");
                }
                long rows = restoreTable(connection, zip, t, target, progress);
                restored.put(name, rows);
            }
            renameFormerAuditKinds(connection, schema);
            resetSequences(connection, schema);
            connection.commit();
            return restored;
        } catch (Throwable e) {
            // an Error too: the connection goes back to the pool, which must not get it in the midst of a transaction
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long restoreTable(Connection connection, ZipFile zip, JsonNode t, Schema.Table target, LongConsumer progress)
            throws IOException, SQLException {
        String entry = t.get("entry").asText();
        MessageDigest sha = BackupWriter.sha256();
        long rows = 0;
        try (InputStream raw = zip.getInputStream(zip.getEntry(entry));
                BufferedReader lines = new BufferedReader(new InputStreamReader(new DigestInputStream(raw, sha), StandardCharsets.UTF_8))) {
            String headerLine = lines.readLine();
            if (headerLine == null) {
                throw new ValidationException("file", entry + " is empty");
            }
            JsonNode header = JSON.readTree(headerLine);
            List<String> columns = new ArrayList<>();
            header.get("columns").forEach(c -> columns.add(c.get("name").asText().toUpperCase(Locale.ROOT)));
            int[] types = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Schema.Column column = target.column(columns.get(i));
                if (column == null) {
                    throw new ValidationException("file", "holds column " + columns.get(i) + " of table " + target.name()
                            + ", which this platform lacks: restore it with the platform version that made it or newer");
                }
                types[i] = column.type();
            }
            String insert = "insert into " + target.sqlName() + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                int batched = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    JsonNode row = JSON.readTree(line);
                    if (!row.isArray() || row.size() != columns.size()) {
                        throw new ValidationException("file", entry + " row " + (rows + 1) + " does not have the " + columns.size() + " columns its header names");
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        Cells.bind(statement, i + 1, types[i], row.get(i));
                    }
                    statement.addBatch();
                    rows++;
                    if (++batched == BATCH) {
                        statement.executeBatch();
                        progress.accept(batched);
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    statement.executeBatch();
                    progress.accept(batched);
                }
            }
        }
        String expected = t.path("sha256").asText();
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!expected.equals(actual)) {
            throw new ValidationException("file", entry + " is damaged: its SHA-256 is " + actual + ", the manifest says " + expected);
        }
        if (rows != t.path("rows").asLong()) {
            throw new ValidationException("file", entry + " holds " + rows + " rows, the manifest says " + t.path("rows").asLong());
        }
        return rows;
    }

    /** A backup made before changeset 0004 holds audit kinds with a blank: spelled as the platform spells them now. */
    static void renameFormerAuditKinds(Connection connection, Schema schema) throws SQLException {
        Schema.Table audit = schema.table("NTS_AUDIT");
        if (audit == null) {
            return;
        }
        try (PreparedStatement rename = connection.prepareStatement("update " + audit.sqlName() + " set KIND = ? where KIND = ?")) {
            for (Map.Entry<String, String> kind : nl.nts.platform.core.store.AuditKinds.FORMER.entrySet()) {
                rename.setString(1, kind.getValue());
                rename.setString(2, kind.getKey());
                rename.executeUpdate();
            }
        }
    }

    /**
     * Each sequence {@code NTS_X_SEQ} restarts past the highest id of {@code NTS_X}: at the highest
     * id plus its increment, since EclipseLink takes a block of ids (the increment) ending at the
     * value it draws.
     */
    static void resetSequences(Connection connection, Schema schema) throws SQLException {
        Map<String, Long> increments = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select sequence_name, increment from information_schema.sequences where upper(sequence_schema) = upper(?)")) {
            s.setString(1, connection.getSchema());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    increments.put(rs.getString(1), Long.parseLong(rs.getString(2).strip()));
                }
            }
        }
        for (Map.Entry<String, Long> sequence : increments.entrySet()) {
            String name = sequence.getKey().toUpperCase(Locale.ROOT);
            if (!name.endsWith("_SEQ")) {
                continue;
            }
            Schema.Table table = schema.table(name.substring(0, name.length() - "_SEQ".length()));
            if (table == null || table.column("ID") == null) {
                continue;
            }
            long max;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select max(ID) from " + table.sqlName())) {
                rs.next();
                max = rs.getLong(1);
            }
            if (max > 0) {
                try (Statement s = connection.createStatement()) {
                    s.execute("alter sequence " + sequence.getKey() + " restart with " + (max + Math.max(1, sequence.getValue())));
                }
            }
        }
    }
}
