package io.faultline.histories.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The frame every timeline page shares: one self-contained HTML file, with its CSS inline and no scripts, fonts or
 * links to fetch, so that it opens the same from a CI artifact, a mail attachment or a laptop offline. The markup
 * is also well-formed XML. Tooltips are SVG {@code <title>}s, which browsers show without script; the one inline
 * script only scrolls.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    /** A page titled {@code title} (escaped here); {@code header} and {@code body} are markup, already escaped. */
    static String page(String title, String header, String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width\"/>\n"
                + "<title>" + Markup.escape(title) + "</title>\n<style>\n" + PageStyle.CSS + "</style>\n</head>\n"
                + "<body>\n<header>\n" + header + "</header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** Writes a page to {@code file} in UTF-8, creating its directory; returns {@code file}. */
    static Path write(Path file, String page) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    /**
     * The frame around a drawing: the lane names stay put while the timeline scrolls sideways. A counterexample's
     * frame fades the calls outside the linearizable order.
     */
    static String frame(TimelineSvg.Drawing drawing, boolean counterexample) {
        String scroll = counterexample ? "scroll cx" : "scroll";
        return "<div class=\"frame\">\n" + drawing.gutterSvg() + "\n<div class=\"" + scroll + "\">\n"
                + drawing.timelineSvg() + "\n</div>\n</div>\n";
    }

    /**
     * A script that scrolls a wide counterexample sideways to the call that cannot be placed, which may sit far to
     * the right. Only sideways: the header must stay in view. Without script the page is the same, unscrolled. No
     * {@code &} or {@code <} in it, so that the page stays well-formed XML.
     */
    static String scrollToCannot() {
        return "<script>\n(function () {\n"
                + "  var frame = document.querySelector(\".scroll.cx\");\n"
                + "  var bar = document.querySelector(\".call.cannot .bar\");\n"
                + "  if (frame) { if (bar) { frame.scrollLeft = bar.getBBox().x - frame.clientWidth / 2; } }\n"
                + "})();\n</script>\n";
    }

    /** A collapsed section holding preformatted text (escaped here). */
    static String textSection(String summary, String text) {
        return "<details>\n<summary>" + Markup.escape(summary) + "</summary>\n<pre>" + Markup.escape(text)
                + "</pre>\n</details>\n";
    }

    /** A one-line notice, for what the page leaves out. */
    static String notice(String text) {
        return "<p class=\"notice\">" + Markup.escape(text) + "</p>\n";
    }

    /** A definition list of facts; the values are markup, already escaped. */
    static String facts(String... termsAndValues) {
        StringBuilder sb = new StringBuilder("<dl class=\"facts\">\n");
        for (int i = 0; i + 1 < termsAndValues.length; i += 2) {
            sb.append("<dt>").append(Markup.escape(termsAndValues[i])).append("</dt><dd>").append(termsAndValues[i + 1])
                    .append("</dd>\n");
        }
        return sb.append("</dl>\n").toString();
    }

    /** {@code text} escaped, in a code span. */
    static String code(String text) {
        return "<code>" + Markup.escape(text) + "</code>";
    }

    /** What the colours and marks mean; fault bands only on pages that can have them. */
    static String legend(boolean counterexample, boolean faults) {
        StringBuilder sb = new StringBuilder("<div class=\"legend\">\n");
        entry(sb, "<span class=\"sw ok\"></span>", "ok");
        entry(sb, "<span class=\"sw fail\"></span>", "fail: did not happen");
        entry(sb, "<span class=\"sw unknown\"></span>", "unknown (info): may take effect any time after its start");
        if (counterexample) {
            entry(sb, "<span class=\"pill\">3</span>", "position in the longest linearizable order");
            entry(sb, "<span class=\"sw cannot\"></span>", "cannot be placed after that order");
        }
        if (faults) {
            entry(sb, "<span class=\"sw fault\"></span>", "network fault");
            entry(sb, "<span class=\"sw fault crash\"></span>", "crashed node");
            entry(sb, "<span class=\"sw fault pause\"></span>", "paused node");
        }
        entry(sb, "<span class=\"dots\">⋯</span>", "calls left out here");
        entry(sb, "", "x: history line (only lines where a drawn call starts or ends); hover a bar for details");
        return sb.append("</div>\n").toString();
    }

    private static void entry(StringBuilder sb, String swatch, String meaning) {
        sb.append("<span class=\"entry\">").append(swatch).append(Markup.escape(meaning)).append("</span>\n");
    }
}
