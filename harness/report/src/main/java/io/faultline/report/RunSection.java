package io.faultline.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The run's parameters, seed and commit, the command that replays it, and links to its files. */
final class RunSection {
    private static final List<String> FILES = List.of("history.jsonl", "results.json", "test.json",
            "timeline.html", "counterexample-linearizable.html");

    private RunSection() {
    }

    static String render(ReportData data, Set<String> runFiles) {
        StringBuilder facts = new StringBuilder("<dl class=\"facts params\">\n");
        fact(facts, "seed", Long.toString(data.seed()));
        fact(facts, "commit", data.commit());
        for (Map.Entry<String, String> e : data.parameters().entrySet()) {
            fact(facts, e.getKey(), e.getValue());
        }
        facts.append("</dl>\n");
        String replay = "<div class=\"replay\"><div class=\"replay-head\">Replay this run (same seed, same history, "
                + "byte for byte" + (data.virtualTime() ? "" : " in the simulator only") + ")"
                + "<button type=\"button\" id=\"copy\">copy</button></div><pre id=\"reproduce\">"
                + ReportMarkup.esc(data.reproduce()) + "</pre></div>\n";
        StringBuilder links = new StringBuilder("<p class=\"files\">Files: ");
        for (String name : FILES) {
            if (runFiles.contains(name)) {
                links.append("<a href=\"").append(ReportMarkup.esc(name)).append("\">").append(ReportMarkup.esc(name)).append("</a> ");
            }
        }
        runFiles.stream().filter(n -> n.startsWith("logs/")).sorted().forEach(n -> links.append("<a href=\"")
                .append(ReportMarkup.esc(n)).append("\">").append(ReportMarkup.esc(n)).append("</a> "));
        return ReportMarkup.section("run", "Parameters & replay", replay + facts + links.append("</p>\n"));
    }

    private static void fact(StringBuilder out, String term, String value) {
        out.append("<dt>").append(ReportMarkup.esc(term)).append("</dt><dd>").append(ReportMarkup.esc(ReportText.bounded(value, 300)))
                .append("</dd>\n");
    }
}
