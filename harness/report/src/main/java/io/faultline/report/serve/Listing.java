package io.faultline.report.serve;

import io.faultline.histories.render.Markup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A directory of the store as a page: its entries with their sizes, the report first. */
final class Listing {
    private Listing() {
    }

    static String render(String relative, Path dir) {
        StringBuilder rows = new StringBuilder();
        if (!relative.isEmpty()) {
            rows.append("<tr><td><a href=\"../\">../</a></td><td></td></tr>\n");
        }
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString() + (Files.isDirectory(entry) ? "/" : "");
            String href = Pages.href(relative.isEmpty() ? name : relative + "/" + name)
                    + (name.endsWith("/") ? "/" : "");
            rows.append("<tr><td><a href=\"").append(href).append("\">").append(Markup.escape(name))
                    .append("</a></td><td class=\"num\">").append(size(entry)).append("</td></tr>\n");
        }
        return Pages.page(relative.isEmpty() ? "store" : relative, "<header><h1>" + Markup.escape("/" + relative)
                + "</h1><p class=\"note\"><a href=\"/\">all runs</a></p></header>\n<main>\n<table>\n<thead><tr>"
                + "<th>name</th><th class=\"num\">size</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
                + "</main>\n");
    }

    private static List<Path> entries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /** The report first, then other pages, then everything else. */
    private static int rank(Path p) {
        String name = p.getFileName().toString();
        return name.equals("report.html") ? 0 : name.endsWith(".html") ? 1 : 2;
    }

    private static String size(Path entry) {
        try {
            return Files.isDirectory(entry) ? "" : String.format(Locale.ROOT, "%,d B", Files.size(entry));
        } catch (IOException e) {
            return "?";
        }
    }
}
