package io.faultline.e2e.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <!-- tested: path -->} marker of a docs page and the fenced block after it.
 *
 * @param where    page and line of the marker, for messages
 * @param file     the file the snippet is part of, relative to the repository root
 * @param lines    the block's non-blank lines, trimmed
 * @param problems what is wrong with the marker itself (no block after it, an unclosed block)
 */
record TestedSnippet(String where, String file, List<String> lines, List<String> problems) {

    static final Pattern MARKER = Pattern.compile("^<!--\\s*tested:\\s*(\\S+)\\s*-->\\s*$");

    /** The tested snippets of one page, in order. */
    static List<TestedSnippet> parse(Path page, List<String> text) {
        List<TestedSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Matcher marker = MARKER.matcher(text.get(i).strip());
            if (marker.matches()) {
                snippets.add(block(page + ":" + (i + 1), marker.group(1), text, i + 1));
            }
        }
        return snippets;
    }

    private static TestedSnippet block(String where, String file, List<String> text, int start) {
        if (start >= text.size() || !text.get(start).strip().startsWith("```")) {
            return new TestedSnippet(where, file, List.of(), List.of(where + ": the marker is not directly "
                    + "followed by a ``` code block"));
        }
        List<String> lines = new ArrayList<>();
        for (int i = start + 1; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.startsWith("```")) {
                return new TestedSnippet(where, file, lines, List.of());
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return new TestedSnippet(where, file, lines, List.of(where + ": the code block is never closed"));
    }

    /** The first of this snippet's lines that {@code file} lacks (trimmed, after the previous one); empty if none. */
    Optional<String> firstLineMissingFrom(List<String> file) {
        int at = 0;
        for (String line : lines) {
            while (at < file.size() && !file.get(at).strip().equals(line)) {
                at++;
            }
            if (at == file.size()) {
                return Optional.of(line);
            }
            at++;
        }
        return Optional.empty();
    }
}
