package nl.nts.platform.plugins.reportcsv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes RFC 4180 CSV: comma (or another separator) separated, CRLF line ends, fields quoted when they need it. */
final class CsvWriter {

    private final Writer out;
    private final char separator;

    CsvWriter(OutputStream out) {
        this(out, ',');
    }

    CsvWriter(OutputStream out, char separator) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.separator = separator;
    }

    void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(escape(cells[i] == null ? "" : String.valueOf(cells[i]), separator));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    static String escape(String cell) {
        return escape(cell, ',');
    }

    static String escape(String cell, char separator) {
        // a leading =, +, - or @ would be run as a formula by spreadsheet programs
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
        if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
