package io.faultline.report.serve;

import io.faultline.histories.render.Markup;
import java.util.List;
import java.util.Locale;

/** The store's front page: every run, newest first, with its verdict and links to its report and files. */
final class IndexPage {
    static final int MAX_ROWS = 1_000;

    private IndexPage() {
    }

    static String render(String storeName, List<StoredRuns.Run> runs) {
        StringBuilder rows = new StringBuilder();
        for (StoredRuns.Run run : runs.subList(0, Math.min(runs.size(), MAX_ROWS))) {
            rows.append(row(run));
        }
        String more = runs.size() > MAX_ROWS ? "<p class=\"note\">Showing the " + MAX_ROWS + " newest of "
                + runs.size() + " runs.</p>\n" : "";
        String empty = runs.isEmpty() ? "<p class=\"note\">No runs yet: <code>./faultline run</code> or "
                + "<code>./faultline demo</code> stores them here.</p>\n" : "";
        return Pages.page("Faultline runs", "<header><h1>Faultline runs</h1><p class=\"note\">"
                + Markup.escape(runs.size() + " run" + (runs.size() == 1 ? "" : "s") + " in " + storeName)
                + ", newest first</p></header>\n<main>\n" + empty + "<table class=\"runs\">\n<thead><tr><th>when</th>"
                + "<th>test</th><th>verdict</th><th>strongest model satisfied</th><th class=\"num\">calls</th>"
                + "<th class=\"num\">ok</th><th>files</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
                + more + "</main>\n");
    }

    private static String row(StoredRuns.Run run) {
        String href = Pages.href(run.path()) + "/";
        String report = run.hasReport() ? "<a class=\"report\" href=\"" + href + "report.html\">report</a> " : "";
        return "<tr class=\"run " + Markup.escape(run.verdict()) + "\"><td class=\"when\">" + Markup.escape(when(run.stamp()))
                + "</td><td class=\"test\">" + (run.hasReport() ? "<a href=\"" + href + "report.html\">"
                + Markup.escape(run.test()) + "</a>" : Markup.escape(run.test())) + "</td><td><span class=\"pill "
                + Markup.escape(run.verdict()) + "\">" + Markup.escape(run.verdict()) + "</span></td><td>"
                + Markup.escape(run.consistency()) + "</td><td class=\"num\">" + (run.calls() < 0 ? "–"
                : String.format(Locale.ROOT, "%,d", run.calls())) + "</td><td class=\"num\">" + (run.okPercent() < 0
                ? "–" : String.format(Locale.ROOT, "%.1f%%", run.okPercent())) + "</td><td class=\"links\">" + report
                + "<a href=\"" + href + "history.jsonl\">history</a> <a href=\"" + href + "results.json\">results</a> "
                + (run.log() == null ? "" : "<a href=\"" + href + Pages.href(run.log()).substring(1) + "\">log</a> ")
                + "<a href=\"" + href + "\">all files</a></td></tr>\n";
    }

    /** {@code 20261125T152540.626} as {@code 2026-11-25 15:25:40}; anything else as it is. */
    static String when(String stamp) {
        if (stamp.length() >= 15 && stamp.charAt(8) == 'T') {
            return stamp.substring(0, 4) + "-" + stamp.substring(4, 6) + "-" + stamp.substring(6, 8) + " "
                    + stamp.substring(9, 11) + ":" + stamp.substring(11, 13) + ":" + stamp.substring(13, 15);
        }
        return stamp;
    }
}
