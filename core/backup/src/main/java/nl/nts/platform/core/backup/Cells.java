package nl.nts.platform.core.backup;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values of cells as a backup writes them, the same whatever the database: integers and
 * decimals as JSON numbers (decimals exact), booleans as JSON booleans, text as text, dates and
 * times as ISO-8601 text ({@code 2026-11-29T14:11:15.912345}), bytes as base64. A cell is read
 * by the type of the column it came from and bound by the type of the column it goes to, so an
 * H2 {@code CLOB} restores into a PostgreSQL {@code TEXT}, an H2 {@code BOOLEAN} into a
 * PostgreSQL {@code bool} (which JDBC calls {@code BIT}).
 */
final class Cells {

    private Cells() {
    }

    static void write(ResultSet rs, int index, int type, JsonGenerator out) throws SQLException, IOException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal value = rs.getBigDecimal(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = rs.getDouble(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            case Types.DATE -> text(out, rs.getObject(index, LocalDate.class));
            case Types.TIME -> text(out, rs.getObject(index, LocalTime.class));
            case Types.TIMESTAMP -> text(out, rs.getObject(index, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> text(out, rs.getObject(index, OffsetDateTime.class));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = rs.getBytes(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(Base64.getEncoder().encodeToString(value));
                }
            }
            default -> text(out, rs.getString(index));
        }
    }

    private static void text(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.toString());
        }
    }

    static void bind(PreparedStatement statement, int index, int type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT -> statement.setLong(index, value.asLong());
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setInt(index, value.asInt());
            case Types.DECIMAL, Types.NUMERIC -> statement.setBigDecimal(index, value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText()));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> statement.setDouble(index, value.asDouble());
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText()));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(value.asText()));
            case Types.TIME -> statement.setObject(index, LocalTime.parse(value.asText()));
            case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asText()));
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(value.asText()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> statement.setBytes(index, Base64.getDecoder().decode(value.asText()));
            default -> statement.setString(index, value.isTextual() ? value.textValue() : value.toString());
        }
    }
}
