package io.faultline.compare;

import io.faultline.runner.Reproduce;
import io.faultline.runner.TestSpec;
import io.faultline.runtime.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code compare.html}: one self-contained page (its style and its one small script inline, no network) that
 * answers "which consistency does each design keep under which faults, and at what cost": a grid colored by the
 * strongest model kept, a table of every cell with links into its run folder and its replay command, and a legend.
 */
public final class CompareHtml {

    private static final String COPY_SCRIPT = """
            document.querySelectorAll('button.copy').forEach(function (b) {
              b.addEventListener('click', function () {
                var text = b.previousElementSibling.textContent;
                if (navigator.clipboard) { navigator.clipboard.writeText(text); }
                b.textContent = 'copied';
                setTimeout(function () { b.textContent = 'copy'; }, 1200);
              });
            });
            """;

    private CompareHtml() {
    }

    /**
     * Writes the page to {@code file}; links into run folders are relative to its folder.
     *
     * @param command the command line that made this comparison, shown at the foot so it can be made again
     */
    public static Path write(Path file, Matrix matrix, List<CellResult> cells, String command) {
        try {
            Files.writeString(file, render(file.toAbsolutePath().getParent(), matrix, cells, command));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static String render(Path pageDir, Matrix matrix, List<CellResult> cells, String command) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Faultline: consistency under faults</title>\n<style>\n").append(css())
                .append("</style></head>\n<body><main>\n");
        html.append("<h1>Which consistency does each design keep under which faults?</h1>\n<p class=\"sub\">")
                .append(CompareMarkup.esc(subtitle(matrix, cells))).append("</p>\n");
        ladder(html);
        html.append("<h2>At a glance</h2>\n");
        GridHtml.append(html, matrix, cells);
        html.append("<h2>Every run</h2>\n");
        RowsHtml.append(html, pageDir, cells);
        legend(html);
        html.append("<footer>Made by <code>").append(CompareMarkup.words(command, " ")).append("</code>. Each row replays exactly"
                + " from its command; compare.csv has the same numbers.</footer>\n");
        html.append("</main><script>\n").append(COPY_SCRIPT).append("</script></body></html>\n");
        return html.toString();
    }

    private static String subtitle(Matrix matrix, List<CellResult> cells) {
        if (cells.stream().noneMatch(CellResult::ranNow)) {
            // stored runs keep their own settings, whatever this command's options say
            return String.format("%s workload, %d cells read from the store; each row's settings are in its replay"
                    + " command", matrix.base().workload(), cells.size());
        }
        int runs = cells.size();
        TestSpec base = matrix.base();
        // the clock each run recorded, not the runtime's name: a virtual-time runtime other than sim reads the same
        boolean virtual = cells.stream().allMatch(c -> c.clock() == Clock.VIRTUAL);
        String clock = "on " + String.join(", ", matrix.runtimes()) + (virtual ? " (virtual time)" : "");
        return String.format("%s workload, %d nodes, %s per run at %s ops/s, a fault every %s, seed %d — %d runs %s",
                base.workload(), base.nodeCount(), Reproduce.duration(base.timeLimit()),
                rate(base.ratePerSecond()), Reproduce.duration(base.nemesisInterval()),
                base.seed(), runs, clock);
    }

    private static String rate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }

    private static void ladder(StringBuilder html) {
        html.append("<div class=\"ladder\">");
        boolean first = true;
        for (String model : Legend.MODELS.keySet()) {
            html.append(first ? "" : "<span class=\"gt\">&gt;</span>").append("<span class=\"chip m-").append(model)
                    .append("\">").append(model).append("</span>");
            first = false;
        }
        html.append("<span class=\"sub\" style=\"margin:0 0 0 10px\">stripes: a stronger model could not be"
                + " decided within the check's time</span></div>\n");
    }

    private static void legend(StringBuilder html) {
        html.append("<h2>Reading this page</h2>\n<div class=\"legend\"><div><h3>Consistency models, strongest"
                + " first</h3><dl>");
        for (Map.Entry<String, String> model : Legend.MODELS.entrySet()) {
            html.append("<dt><span class=\"chip m-").append(model.getKey()).append("\">").append(model.getKey())
                    .append("</span></dt><dd>").append(CompareMarkup.esc(model.getValue())).append("</dd>");
        }
        html.append("</dl><h3>Columns</h3><dl>")
                .append("<dt>availability</dt><dd>calls that completed ok over all calls (invokes), final reads"
                        + " included; the pale bar also counts calls the system answered with a refusal on the"
                        + " value (a cas whose expected value was not there).</dd>")
                .append("<dt>p50 / p95 / p99</dt><dd>latency of ok calls; in the simulator in virtual time, so they"
                        + " replay with the seed and do not depend on this machine.</dd>")
                .append("<dt>msg / op</dt><dd>messages the nodes sent one another per client call: the price of"
                        + " the design's guarantees. A dash where the runtime cannot count messages.</dd>")
                .append("</dl></div><div><h3>Anomalies</h3><dl>");
        for (Map.Entry<String, String> kind : Legend.ANOMALIES.entrySet()) {
            html.append("<dt><code>").append(kind.getKey()).append("</code></dt><dd>").append(CompareMarkup.esc(kind.getValue()))
                    .append("</dd>");
        }
        html.append("</dl></div></div>\n");
    }

    private static String css() {
        try (InputStream in = CompareHtml.class.getResourceAsStream("compare.css")) {
            if (in == null) {
                throw new IllegalStateException("compare.css is missing from the faultline-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
