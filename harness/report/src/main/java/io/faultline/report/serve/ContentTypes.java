package io.faultline.report.serve;

import java.util.Locale;
import java.util.Map;

/** The content type of a stored file, by its name; text in UTF-8, and anything unknown as plain bytes. */
final class ContentTypes {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("jsonl", TEXT), Map.entry("log", TEXT), Map.entry("txt", TEXT), Map.entry("edn", TEXT),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return TEXT;  // seed, and other small text files without an extension
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }
}
