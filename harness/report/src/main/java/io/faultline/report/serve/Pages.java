package io.faultline.report.serve;

import io.faultline.report.chart.Svg;
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
                + "href=\"data:,\"/>\n<title>" + Svg.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** A store-relative path as a link target: each segment percent-encoded, slashes kept. */
    static String href(String path) {
        return "/" + Arrays.stream(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")).collect(Collectors.joining("/"));
    }

    private static final String CSS = """
            body { margin: 0; background: #f5f6f8; color: #1d2330;
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            header, main { max-width: 1200px; margin: 0 auto; padding: 18px 28px 0; }
            h1 { font-size: 22px; margin: 0; }
            .note { color: #6b7385; margin: 4px 0 12px; }
            code { font-family: ui-monospace, Menlo, Consolas, monospace; background: #eef0f4; padding: 1px 5px;
              border-radius: 4px; }
            table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid #e1e4ea;
              border-radius: 10px; overflow: hidden; }
            th { text-align: left; color: #6b7385; font-weight: 600; font-size: 12.5px; padding: 8px 10px;
              border-bottom: 1px solid #e1e4ea; }
            td { padding: 7px 10px; border-bottom: 1px solid #f0f2f5; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .when { white-space: nowrap; color: #4a5263; font-variant-numeric: tabular-nums; }
            .test a { font-weight: 600; }
            a { color: #2f5fb3; text-decoration: none; }
            a:hover { text-decoration: underline; }
            .links a { margin-right: 8px; }
            .pill { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 11.5px; font-weight: 700;
              text-transform: uppercase; letter-spacing: 0.04em; color: #fff; background: #8a91a0; }
            .pill.valid { background: #2e8b57; }
            .pill.invalid { background: #c62828; }
            .pill.unknown { background: #b7791f; }
            """;
}
