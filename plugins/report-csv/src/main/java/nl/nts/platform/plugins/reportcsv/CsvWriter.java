package nl.nts.platform.plugins.reportcsv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
final class CsvWriter {

    private final Writer out;

    CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells[i] == null ? "" : String.valueOf(cells[i])));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    static String escape(String cell) {
        // a leading =, +, - or @ would be run as a formula by spreadsheet programs
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
