package io.faultline.histories.check.weak;

import io.faultline.histories.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which consistency model a history satisfies, for reports and {@code results.json}.
 *
 * @param strongest the strongest level whose check is VALID: {@code linearizable}, {@code sequential},
 *                  {@code session}, {@code eventual}, or {@code none}
 * @param statement the honest one-liner: {@code at least sequential; linearizable unknown}
 * @param verdicts  every verdict known, by checker name, plus {@code session} for the four guarantees together
 * @param anomalies every anomaly, each once
 */
public record Summary(String strongest, String statement, Map<String, Verdict> verdicts, List<Finding> anomalies) {
    private static final int NAME_WIDTH = 22;

    public Summary {
        verdicts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(verdicts));
        anomalies = List.copyOf(anomalies);
    }

    /** A small table of the ladder's verdicts, the statement, then every anomaly with its lines. */
    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add(pad("model") + "verdict");
        for (String row : ConsistencySummary.ROWS) {
            String indent = ConsistencySummary.SESSION_GUARANTEES.contains(row) ? "  " : "";
            lines.add(pad(indent + label(row)) + status(row));
        }
        verdicts.keySet().stream().filter(name -> !ConsistencySummary.ROWS.contains(name))
                .forEach(name -> lines.add(pad(name) + status(name)));
        lines.add("");
        lines.add("strongest: " + statement);
        lines.add(anomalies.isEmpty() ? "no anomalies" : "anomalies (" + anomalies.size() + "):");
        for (Finding f : anomalies) {
            lines.add("  " + f.kind() + " " + f.ops() + " " + f.description());
        }
        return String.join("\n", lines) + "\n";
    }

    private String status(String name) {
        Verdict v = verdicts.get(name);
        return v == null ? "not checked" : v.name().toLowerCase(Locale.ROOT);
    }

    private static String label(String row) {
        return row.equals(ConsistencySummary.SESSION) ? "session guarantees" : row;
    }

    private static String pad(String s) {
        return s.length() >= NAME_WIDTH ? s + " " : s + " ".repeat(NAME_WIDTH - s.length());
    }
}
