package io.faultline.histories.codec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The history formats Faultline reads, with the names the CLI uses for them.
 *
 * <ul>
 *   <li>{@link #JSONL}: ours, one JSON object per line ({@code history.jsonl});</li>
 *   <li>{@link #EDN}: Jepsen's {@code history.edn}, as Knossos and Elle read it;</li>
 *   <li>{@link #PORCUPINE_ETCD}: Jepsen log lines of a CAS register, as in Porcupine's {@code test_data/jepsen};</li>
 *   <li>{@link #PORCUPINE_KV}: EDN op maps over string keys with {@code get}/{@code put}/{@code append}, as in
 *       Porcupine's {@code test_data/kv}. It reads exactly like EDN; the name only tells the CLI which model fits.</li>
 * </ul>
 */
public enum Format {
    JSONL("jsonl"), EDN("edn"), PORCUPINE_ETCD("porcupine-etcd"), PORCUPINE_KV("porcupine-kv");

    private final String cliName;

    Format(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line: {@code jsonl}, {@code edn}, {@code porcupine-etcd}, {@code porcupine-kv}. */
    public String cliName() {
        return cliName;
    }

    /** The CLI names, comma-separated, for messages. */
    public static String cliNames() {
        return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "));
    }

    /**
     * Parses a CLI name (case-insensitive).
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value and the valid ones
     */
    public static Format parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.cliName.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown history format \"" + name + "\" (expected one of "
                + cliNames() + ")");
    }

    /**
     * Tells a file's format by its extension ({@code .jsonl}, {@code .ndjson}, {@code .edn}) or else by its first
     * non-blank lines.
     *
     * @throws io.faultline.histories.HistoryException when neither tells, with a one-line message asking for
     *         {@code --format}
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Format detect(Path path) {
        return FormatSniffer.detect(path);
    }

    @Override
    public String toString() {
        return cliName;
    }
}
