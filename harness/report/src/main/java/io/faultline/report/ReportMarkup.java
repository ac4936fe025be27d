package io.faultline.report;

import io.faultline.histories.render.Markup;

/** Tiny HTML writers for the report's markup; every text argument is escaped here, markup arguments are not. */
final class ReportMarkup {
    private ReportMarkup() {
    }

    static String esc(String text) {
        return Markup.escape(text == null ? "" : text);
    }

    /** A section with an anchor and a heading; {@code body} is markup. */
    static String section(String id, String heading, String body) {
        return "<section id=\"" + id + "\">\n<h2>" + esc(heading) + "</h2>\n" + body + "</section>\n";
    }

    /** A verdict as a coloured pill: valid, invalid or unknown. */
    static String pill(String verdict) {
        return "<span class=\"pill " + esc(verdict) + "\">" + esc(verdict) + "</span>";
    }

    /** A paragraph of plain text. */
    static String p(String cls, String text) {
        return "<p class=\"" + cls + "\">" + esc(text) + "</p>\n";
    }

    /** A definition list; the values are markup. */
    static String facts(String... termsAndValues) {
        StringBuilder sb = new StringBuilder("<dl class=\"facts\">\n");
        for (int i = 0; i + 1 < termsAndValues.length; i += 2) {
            sb.append("<dt>").append(esc(termsAndValues[i])).append("</dt><dd>").append(termsAndValues[i + 1])
                    .append("</dd>\n");
        }
        return sb.append("</dl>\n").toString();
    }

    static String code(String text) {
        return "<code>" + esc(text) + "</code>";
    }
}
