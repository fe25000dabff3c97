package io.ecocity.air.domain.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV table from the project's copy of the shared standards, read from the classpath by column name. */
final class StandardTable {

    private final String name;
    private final List<Map<String, String>> rows;

    private StandardTable(String name, List<Map<String, String>> rows) {
        this.name = name;
        this.rows = rows;
    }

    static StandardTable load(String fileName) {
        String resource = "/standards/" + fileName;
        try (InputStream in = StandardTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("standard table " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            List<String> header = splitLine(stripByteOrderMark(headerLine));
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = splitLine(line);
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(resource + ": " + cells.size() + " cells where the header has "
                            + header.size() + ": " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return new StandardTable(resource, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    /** RFC 4180 cells on one line: the standards quote cells that contain commas, never line breaks. */
    static List<String> splitLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
