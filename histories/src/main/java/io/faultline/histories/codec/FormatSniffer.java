package io.faultline.histories.codec;

import io.faultline.histories.HistoryException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells a history file's {@link Format} from its name, or else from its first non-blank lines. */
final class FormatSniffer {
    /** Jepsen logs open with setup chatter, so op lines are looked for a little way in. */
    private static final int LINES_TO_SNIFF = 64;
    private static final int SNIFF_CHARS = 64 * 1024;
    static final Pattern JEPSEN_OP_LINE =
            Pattern.compile("^INFO\\s+jepsen\\.util\\s+-\\s+(\\d+|:nemesis)\\s+:([\\w-]+)\\s+:([\\w-]+)\\s+(.*)$");
    private static final Pattern KV_FUNCTION = Pattern.compile(":f\\s+:(get|put|append)\\b");

    private FormatSniffer() {
    }

    static Format detect(Path path) {
        Format byName = byExtension(path.getFileName() == null ? "" : path.getFileName().toString());
        if (byName != null) {
            return byName;
        }
        Format bySniff = byContent(firstLines(path));
        if (bySniff == null) {
            throw new HistoryException(path + ": cannot tell the history format from the file name or its first "
                    + "lines; pass --format (one of " + Format.cliNames() + ")");
        }
        return bySniff;
    }

    static Format byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return name.endsWith(".edn") ? Format.EDN : null;
    }

    /** Judges by the first line that is neither blank nor an EDN comment, except that any Jepsen op line wins. */
    static Format byContent(List<String> lines) {
        if (lines.stream().anyMatch(l -> JEPSEN_OP_LINE.matcher(l).matches())) {
            return Format.PORCUPINE_ETCD;
        }
        String first = lines.stream().map(String::strip).filter(l -> !l.startsWith(";")).findFirst().orElse("");
        if (first.startsWith("{\"")) {
            return Format.JSONL;
        }
        if (first.startsWith("{:")) {
            return lines.stream().anyMatch(l -> KV_FUNCTION.matcher(l).find()) ? Format.PORCUPINE_KV : Format.EDN;
        }
        if (first.startsWith("[") || first.startsWith("(") || first.startsWith("#")) {
            return Format.EDN;
        }
        return null;
    }

    /** Reads a bounded prefix, not whole lines: a history may be one huge line (a single EDN vector). */
    private static List<String> firstLines(Path path) {
        char[] prefix = new char[SNIFF_CHARS];
        int length = 0;
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            int n;
            while (length < prefix.length && (n = in.read(prefix, length, prefix.length - length)) > 0) {
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        return new String(prefix, 0, length).lines().filter(l -> !l.isBlank()).limit(LINES_TO_SNIFF).toList();
    }
}
