package io.faultline.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict reader for the CSV experiments write: a header, then rows of as many cells, every cell a number. */
public final class Csv {

    private Csv() {
    }

    /** The rows as column → value; throws on a ragged row or a cell that is not a number. */
    public static List<Map<String, Double>> parse(String csv) {
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",", -1);
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + cells.length + " cells, header "
                        + header.length);
            }
            Map<String, Double> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header[c], Double.parseDouble(cells[c]));
            }
            rows.add(row);
        }
        return rows;
    }
}
