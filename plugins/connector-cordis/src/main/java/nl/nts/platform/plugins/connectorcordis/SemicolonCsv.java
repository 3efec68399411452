package nl.nts.platform.plugins.connectorcordis;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads CORDIS's CSV files: semicolon separated, fields quoted when they hold a semicolon or quote. */
final class SemicolonCsv {

    private SemicolonCsv() {
    }

    static List<Map<String, String>> read(Reader in) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int c;
        int previous = -1;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"') {
                if (previous == '"') {
                    cell.append('"');
                }
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    lines.add(cells);
                }
                cells = new ArrayList<>();
            } else if (c != '\r') {
                cell.append((char) c);
            }
            previous = c;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < line.size() ? line.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
