package io.faultline.experiment;

import java.util.List;

/**
 * What an experiment found: a table (also the CSV), a figure, and notes that set the measurements beside the
 * paper's numbers. Deterministic: holds nothing measured on the wall clock.
 *
 * @param name  the experiment's name, also the stem of the files written
 * @param table the measurements, one row per x value
 * @param plot  the figure
 * @param notes sentences comparing with the paper, one per line
 */
public record ExperimentReport(String name, Table table, Plot plot, List<String> notes) {

    public ExperimentReport {
        notes = List.copyOf(notes);
    }

    /** The table, then the notes: what the terminal shows and {@code NAME.txt} holds. */
    public String text() {
        StringBuilder out = new StringBuilder(table.text());
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append(note).append('\n'));
        }
        return out.toString();
    }
}
