package nl.nts.platform.core.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the comma-separated reference files shipped in this bundle (RFC 4180: quoted fields
 * may hold commas, quotes doubled inside quotes). The first line names the columns.
 */
final class CsvTable {

    private CsvTable() {
    }

    static List<Map<String, String>> read(InputStream in) throws IOException {
        List<List<String>> lines = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() != header.size()) {
                throw new IOException("line " + (i + 1) + " has " + cells.size() + " fields, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        int ch;
        while ((ch = reader.read()) != -1) {
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                lineHasContent = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                lineHasContent = true;
            } else if (c == '\n') {
                if (lineHasContent || cell.length() > 0) {
                    cells.add(cell.toString());
                    lines.add(cells);
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                lineHasContent = false;
            } else if (c != '\r') {
                cell.append(c);
                lineHasContent = true;
            }
        }
        if (quoted) {
            throw new IOException("a quoted field is not closed at the end of the file");
        }
        if (lineHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }
}
