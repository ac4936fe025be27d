package io.faultline.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An experiment's result table: named columns, rows of already formatted cells. Formatting happens once, with
 * {@link #fixed}, so the printed table and the CSV show the same digits on every machine and locale.
 */
public record Table(List<String> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " does not match columns " + columns);
            }
        }
    }

    public static Table of(String... columns) {
        return new Table(List.of(columns), List.of());
    }

    /** This table with one more row; numbers become text with {@link String#valueOf}, doubles need {@link #fixed}. */
    public Table withRow(Object... cells) {
        List<List<String>> more = new ArrayList<>(rows);
        more.add(java.util.Arrays.stream(cells).map(String::valueOf).toList());
        return new Table(columns, more);
    }

    /** {@code value} with {@code decimals} digits after the point, locale-independent. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** RFC 4180 CSV with a header line; no cell of ours holds a comma or a quote, so none is quoted. */
    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
        for (List<String> row : rows) {
            for (String cell : row) {
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                    throw new IllegalStateException("CSV cell needs quoting: " + cell);
                }
            }
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    /** Right-aligned columns under a header, for the terminal and the docs. */
    public String text() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, columns, widths);
        rows.forEach(row -> appendLine(out, row, widths));
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            out.append(c == 0 ? "" : "  ").append(" ".repeat(widths[c] - cells.get(c).length())).append(cells.get(c));
        }
        out.append('\n');
    }
}
