package nl.nts.platform.core.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nts.platform.core.shared.Secrets;
import nl.nts.platform.core.store.PluginConfigEntity;

/**
 * Writes every platform table, as one snapshot of the database, into a backup file: a zip with
 * an entry {@code tables/NTS_X.jsonl} per table (a header line naming the columns and their
 * types, then one JSON array per row, ordered by primary key) and {@code manifest.json} (format
 * and platform version, the database it came from, per table its rows and the SHA-256 of its
 * entry). Rows stream from the database to the file: memory does not grow with the data.
 * Secrets in the plugins' configuration are left out and named in the manifest.
 */
final class BackupWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH_SIZE = 500;

    /** What a finished backup holds. */
    record Result(Map<String, Long> tables, long rows, List<String> secretsLeftOut) {
    }

    private BackupWriter() {
    }

    /**
     * @param connection a connection of its own: this sets it to a read-only snapshot transaction and ends it
     * @param total      told the number of rows in the snapshot, before they are written
     * @param progress   told each row written
     */
    static Result write(Connection connection, OutputStream file, String platformVersion, String by, Instant at, LongConsumer total,
            LongConsumer progress) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try {
            snapshot(connection);
            Schema schema = Schema.read(connection);
            Map<String, Long> counts = new LinkedHashMap<>();
            long all = 0;
            for (Schema.Table table : schema.ordered()) {
                long n = count(connection, table);
                counts.put(table.name(), n);
                all += n;
            }
            total.accept(all);
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", BackupFile.FORMAT);
            manifest.put("formatVersion", BackupFile.FORMAT_VERSION);
            manifest.put("platformVersion", platformVersion);
            manifest.put("createdAt", at.toString());
            manifest.put("createdBy", by);
            manifest.put("database", connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion());
            ArrayNode tables = manifest.putArray("tables");
            List<String> secretsLeftOut = new ArrayList<>();
            long written = 0;
            try (ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Schema.Table table : schema.ordered()) {
                    zip.putNextEntry(new ZipEntry(BackupFile.entry(table.name())));
                    MessageDigest sha = sha256();
                    long rows = writeTable(connection, table, new DigestOutputStream(new Unclosed(zip), sha), secretsLeftOut, progress);
                    zip.closeEntry();
                    written += rows;
                    ObjectNode t = tables.addObject();
                    t.put("name", table.name());
                    t.put("entry", BackupFile.entry(table.name()));
                    t.put("rows", rows);
                    t.put("sha256", HexFormat.of().formatHex(sha.digest()));
                }
                manifest.set("plugins", plugins(connection, schema));
                ArrayNode left = manifest.putArray("secretsLeftOut");
                secretsLeftOut.forEach(left::add);
                zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            Map<String, Long> rowsByTable = new TreeMap<>();
            tables.forEach(t -> rowsByTable.put(t.get("name").asText(), t.get("rows").asLong()));
            return new Result(rowsByTable, written, List.copyOf(secretsLeftOut));
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * One read-only transaction that sees the database as it was at its first statement, however
     * long it runs, while writes go on. PostgreSQL: REPEATABLE READ. H2 (MVStore): SERIALIZABLE,
     * since its REPEATABLE READ takes each table's snapshot at the table's first read.
     */
    static void snapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        connection.setTransactionIsolation(postgres ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
    }

    private static long count(Connection connection, Schema.Table table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table.sqlName())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long writeTable(Connection connection, Schema.Table table, OutputStream out, List<String> secretsLeftOut, LongConsumer progress)
            throws SQLException, IOException {
        boolean pluginConfig = table.name().equals(PluginConfigEntity.TABLE);
        int properties = -1;
        int pid = -1;
        long rows = 0;
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            ObjectNode header = JSON.createObjectNode();
            header.put("table", table.name());
            ArrayNode columns = header.putArray("columns");
            for (int i = 0; i < table.columns().size(); i++) {
                Schema.Column c = table.columns().get(i);
                columns.addObject().put("name", c.name()).put("type", c.type()).put("typeName", c.typeName());
                if (pluginConfig && c.name().equals(PluginConfigEntity.PROPERTIES_COLUMN)) {
                    properties = i;
                }
                if (pluginConfig && c.name().equals("PID")) {
                    pid = i;
                }
            }
            json.writeTree(header);
            json.writeRaw('\n');
            StringBuilder select = new StringBuilder("select ");
            for (int i = 0; i < table.columns().size(); i++) {
                select.append(i == 0 ? "" : ", ").append(table.columns().get(i).name());
            }
            select.append(" from ").append(table.sqlName());
            if (!table.key().isEmpty()) {
                select.append(" order by ").append(String.join(", ", table.key()));
            }
            try (Statement s = connection.createStatement()) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery(select.toString())) {
                    while (rs.next()) {
                        json.writeStartArray();
                        for (int i = 0; i < table.columns().size(); i++) {
                            if (i == properties) {
                                json.writeString(withoutSecrets(rs.getString(i + 1), pid < 0 ? "?" : rs.getString(pid + 1), secretsLeftOut));
                            } else {
                                Cells.write(rs, i + 1, table.columns().get(i).type(), json);
                            }
                        }
                        json.writeEndArray();
                        json.writeRaw('\n');
                        rows++;
                        progress.accept(1);
                    }
                }
            }
        }
        return rows;
    }

    /** A plugin configuration's typed JSON without its secrets (named like one, or marked {@code "secret"}), which are named in the manifest instead. */
    private static String withoutSecrets(String properties, String pid, List<String> secretsLeftOut) throws IOException {
        if (properties == null) {
            return null;
        }
        JsonNode node = JSON.readTree(properties);
        if (node instanceof ObjectNode object) {
            List<String> secrets = new ArrayList<>();
            object.fieldNames().forEachRemaining(key -> {
                // named like a secret, or marked one by the plugin's metatype (a password setting)
                if (Secrets.isSecret(key) || object.path(key).path("secret").asBoolean(false)) {
                    secrets.add(key);
                }
            });
            secrets.forEach(key -> {
                object.remove(key);
                secretsLeftOut.add(pid + " " + key);
            });
        }
        return JSON.writeValueAsString(node);
    }

    private static ArrayNode plugins(Connection connection, Schema schema) throws SQLException {
        ArrayNode plugins = JSON.createArrayNode();
        Schema.Table installed = schema.table("NTS_INSTALLED_PLUGIN");
        if (installed != null) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select PLUGIN_ID, VERSION from " + installed.sqlName() + " order by PLUGIN_ID")) {
                while (rs.next()) {
                    plugins.addObject().put("id", rs.getString(1)).put("version", rs.getString(2));
                }
            }
        }
        return plugins;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip's entry, which the table's writer must not close with itself. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
