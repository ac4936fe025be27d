package io.faultline.report.serve;

import io.faultline.histories.render.Palette;
import io.faultline.histories.render.Markup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The frame and style of the server's own pages (the index and the file listings), and link encoding. */
final class Pages {
    private Pages() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<link rel=\"icon\" "
                + "href=\"data:,\"/>\n<title>" + Markup.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** A store-relative path as a link target: each segment percent-encoded, slashes kept. */
    static String href(String path) {
        return "/" + Arrays.stream(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")).collect(Collectors.joining("/"));
    }

    private static final String CSS = Palette.CSS + """
            body { margin: 0; background: var(--page); color: var(--ink);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            header, main { max-width: 1200px; margin: 0 auto; padding: 18px 28px 0; }
            h1 { font-size: 22px; margin: 0; }
            .note { color: var(--muted); margin: 4px 0 12px; }
            code { font-family: ui-monospace, Menlo, Consolas, monospace; background: #eef0f4; padding: 1px 5px;
              border-radius: 4px; }
            table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line);
              border-radius: 10px; overflow: hidden; }
            th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12.5px; padding: 8px 10px;
              border-bottom: 1px solid var(--line); }
            td { padding: 7px 10px; border-bottom: 1px solid var(--code-bg); }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .when { white-space: nowrap; color: var(--ink-2); font-variant-numeric: tabular-nums; }
            .test a { font-weight: 600; }
            a { color: var(--link); text-decoration: none; }
            a:hover { text-decoration: underline; }
            .links a { margin-right: 8px; }
            .pill { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 11.5px; font-weight: 700;
              text-transform: uppercase; letter-spacing: 0.04em; color: #fff; background: var(--tick); }
            .pill.valid { background: var(--valid); }
            .pill.invalid { background: var(--invalid); }
            .pill.unknown { background: var(--unknown); }
            """;
}
