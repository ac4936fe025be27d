package io.faultline.report;

/** What the colours and shapes of each chart mean, as a row of swatches above or below it. */
final class Legends {
    private Legends() {
    }

    static String timeline(boolean closeUp) {
        StringBuilder sb = new StringBuilder("<div class=\"legend\">");
        entry(sb, "sw ok", "ok");
        entry(sb, "sw fail", "fail: did not happen");
        entry(sb, "sw info", "info: may have happened");
        entry(sb, "sw cx", closeUp ? "counterexample call (number: place in the longest linearizable order)"
                : "counterexample call");
        entry(sb, "sw cannot", "cannot be placed");
        if (!closeUp) {
            entry(sb, "sw anomalous", "named by an anomaly");
        }
        faults(sb);
        sb.append("<span class=\"entry hint\">hover a bar for its details and history lines</span>");
        return sb.append("</div>\n").toString();
    }

    static String scatter() {
        StringBuilder sb = new StringBuilder("<div class=\"legend\">");
        entry(sb, "sw ok", "ok");
        entry(sb, "sw fail", "fail");
        entry(sb, "sw info", "info (latency = time to the timeout)");
        sb.append("<span class=\"entry\"><span class=\"shape\">●</span>read</span>")
                .append("<span class=\"entry\"><span class=\"shape\">■</span>write</span>")
                .append("<span class=\"entry\"><span class=\"shape\">▲</span>cas</span>")
                .append("<span class=\"entry\"><span class=\"shape\">◆</span>other</span>");
        faults(sb);
        return sb.append("</div>\n").toString();
    }

    static String throughput() {
        StringBuilder sb = new StringBuilder("<div class=\"legend\">");
        entry(sb, "sw ok", "ok");
        entry(sb, "sw fail", "fail");
        entry(sb, "sw info", "info");
        faults(sb);
        return sb.append("</div>\n").toString();
    }

    private static void faults(StringBuilder sb) {
        entry(sb, "sw fault net", "partition");
        entry(sb, "sw fault crash", "crashed node");
        entry(sb, "sw fault pause", "paused node");
        entry(sb, "sw fault other", "other fault");
    }

    private static void entry(StringBuilder sb, String swatch, String meaning) {
        sb.append("<span class=\"entry\"><span class=\"").append(swatch).append("\"></span>")
                .append(ReportMarkup.esc(meaning)).append("</span>");
    }
}
